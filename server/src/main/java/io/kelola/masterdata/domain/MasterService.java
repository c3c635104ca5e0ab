package io.kelola.masterdata.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Create, change, soft-delete and restore any simple master, each change audited in the same
 * transaction. The business code is fixed at create; soft-deleted codes stay taken.
 */
@Service
@Transactional
public class MasterService {

  public static final String RESTORE = "RESTORE";

  private final MasterRepository repository;
  private final AuditTrail audit;

  MasterService(MasterRepository repository, AuditTrail audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public PageResult<MasterRow> list(MasterKind kind, PageQuery page, boolean includeDeleted) {
    return repository.list(kind, page, includeDeleted);
  }

  @Transactional(readOnly = true)
  public MasterRow get(MasterKind kind, String code) {
    return repository.find(kind, code).orElseThrow(() -> BusinessRuleException.notFound("master.notFound"));
  }

  @Transactional(readOnly = true)
  public void forEach(MasterKind kind, Consumer<MasterRow> sink) {
    repository.forEach(kind, false, sink);
  }

  public MasterRow create(MasterKind kind, Map<String, ?> input) {
    var codeProblem = MasterValidator.checkCode(kind.codePattern(), kind.codeHintKey(), input.get("code"));
    var result = MasterValidator.validate(kind.fields(), kind.checks(), input);
    if (codeProblem != null || !result.ok()) {
      var problems = new java.util.ArrayList<FieldProblem>();
      if (codeProblem != null) problems.add(codeProblem);
      problems.addAll(result.problems());
      throw new InvalidMasterException(problems);
    }
    return insert(kind, (String) input.get("code"), result.values());
  }

  public MasterRow update(MasterKind kind, String code, Map<String, ?> input) {
    var existing = active(kind, code);
    var sentCode = input.get("code");
    if (sentCode != null && !Objects.equals(sentCode, code)) {
      throw BusinessRuleException.invalid("code", "master.code.immutable");
    }
    var result = MasterValidator.validate(kind.fields(), kind.checks(), input);
    if (!result.ok()) throw new InvalidMasterException(result.problems());
    return change(kind, existing, result.values());
  }

  public void delete(MasterKind kind, String code) {
    var existing = active(kind, code);
    for (var d : kind.dependents()) {
      if (repository.hasActive(d, existing.id())) throw BusinessRuleException.conflict(null, d.messageKey(), code);
    }
    repository.markDeleted(kind, existing.id(), CurrentUser.idOrNull());
    audit.record(AuditEntry.of(AuditActions.DELETE, kind.entityType(), existing.id(), code));
  }

  public MasterRow restore(MasterKind kind, String code) {
    var existing = repository.findForUpdate(kind, code)
        .orElseThrow(() -> BusinessRuleException.notFound("master.notFound"));
    if (!existing.deleted()) throw BusinessRuleException.conflict(null, "master.notDeleted", code);
    repository.restore(kind, existing.id(), CurrentUser.idOrNull());
    audit.record(AuditEntry.of(RESTORE, kind.entityType(), existing.id(), code));
    return get(kind, code);
  }

  /**
   * Import: creates a new code or changes an existing active one with already validated values.
   *
   * @return true when the code was created
   */
  boolean upsert(MasterKind kind, String code, Map<String, Object> values) {
    var existing = repository.findForUpdate(kind, code);
    if (existing.isEmpty()) {
      insert(kind, code, values);
      return true;
    }
    if (existing.get().deleted()) throw BusinessRuleException.conflict("code", "master.isDeleted", code);
    change(kind, existing.get(), values);
    return false;
  }

  private MasterRow insert(MasterKind kind, String code, Map<String, Object> values) {
    if (repository.find(kind, code).isPresent()) throw BusinessRuleException.conflict("code", "master.code.taken", code);
    long id;
    try {
      id = repository.insert(kind, code, values, CurrentUser.idOrNull());
    } catch (DuplicateKeyException e) {
      throw BusinessRuleException.conflict("code", "master.code.taken", code);
    }
    var created = get(kind, code);
    audit.record(AuditEntry.of(AuditActions.CREATE, kind.entityType(), id, code).change(null, created.values()));
    return created;
  }

  private MasterRow change(MasterKind kind, MasterRow existing, Map<String, Object> values) {
    repository.update(kind, existing.id(), values, CurrentUser.idOrNull());
    var updated = get(kind, existing.code());
    audit.record(AuditEntry.of(AuditActions.UPDATE, kind.entityType(), existing.id(), existing.code())
        .change(existing.values(), updated.values()));
    return updated;
  }

  private MasterRow active(MasterKind kind, String code) {
    var row = repository.findForUpdate(kind, code).orElseThrow(() -> BusinessRuleException.notFound("master.notFound"));
    if (row.deleted()) throw BusinessRuleException.notFound("master.notFound");
    return row;
  }

  /** Audits an export of a master list (who took which data out). */
  public void auditExport(MasterKind kind, String format, long rows) {
    audit.record(new AuditEntry(io.kelola.audit.AuditActions.EXPORT, kind.entityType(), null, kind.kind(), null,
        Map.of("format", format, "rows", rows)));
  }

}
