package io.kelola.masterdata.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Storage locations inside an active warehouse; codes are unique per warehouse and immutable. */
@Service
@Transactional
public class LocationService {

  private static final List<MasterKind.CrossCheck> CHECKS = List.of(MasterKinds.TEMP_RANGE);

  private final LocationRepository locations;
  private final MasterService masters;
  private final MasterKinds kinds;
  private final AuditTrail audit;

  LocationService(LocationRepository locations, MasterService masters, MasterKinds kinds, AuditTrail audit) {
    this.locations = locations;
    this.masters = masters;
    this.kinds = kinds;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<LocationRow> list(String warehouseCode) {
    return locations.list(warehouse(warehouseCode).id());
  }

  @Transactional(readOnly = true)
  public LocationRow get(String warehouseCode, String code) {
    return locations.find(warehouse(warehouseCode).id(), code)
        .orElseThrow(() -> BusinessRuleException.notFound("master.location.notFound"));
  }

  public LocationRow create(String warehouseCode, Map<String, ?> input) {
    var wh = warehouse(warehouseCode);
    var problems = new ArrayList<FieldProblem>();
    var codeProblem = MasterValidator.checkCode(MasterKind.DEFAULT_CODE, null, input.get("code"));
    if (codeProblem != null) problems.add(codeProblem);
    var result = MasterValidator.validate(MasterKinds.LOCATION_FIELDS, CHECKS, input);
    problems.addAll(result.problems());
    if (!problems.isEmpty()) throw new InvalidMasterException(problems);
    var code = (String) input.get("code");
    if (locations.codeTaken(wh.id(), code)) throw BusinessRuleException.conflict("code", "master.code.taken", code);
    var id = locations.insert(wh.id(), code, result.values(), CurrentUser.idOrNull());
    var created = locations.find(wh.id(), code).orElseThrow();
    audit.record(AuditEntry.of(AuditActions.CREATE, "m_loc", id, key(created)).change(null, created.values()));
    return created;
  }

  public LocationRow update(String warehouseCode, String code, Map<String, ?> input) {
    var existing = get(warehouseCode, code);
    if (input.get("code") != null && !Objects.equals(input.get("code"), code)) {
      throw BusinessRuleException.invalid("code", "master.code.immutable");
    }
    var result = MasterValidator.validate(MasterKinds.LOCATION_FIELDS, CHECKS, input);
    if (!result.ok()) throw new InvalidMasterException(result.problems());
    locations.update(existing.id(), result.values(), CurrentUser.idOrNull());
    var updated = get(warehouseCode, code);
    audit.record(AuditEntry.of(AuditActions.UPDATE, "m_loc", existing.id(), key(existing))
        .change(existing.values(), updated.values()));
    return updated;
  }

  public void delete(String warehouseCode, String code) {
    var existing = get(warehouseCode, code);
    locations.markDeleted(existing.id(), CurrentUser.idOrNull());
    audit.record(AuditEntry.of(AuditActions.DELETE, "m_loc", existing.id(), key(existing)));
  }

  @Transactional(readOnly = true)
  public List<String> deletedCodes(String warehouseCode) {
    return locations.deletedCodes(warehouse(warehouseCode).id());
  }

  public LocationRow restore(String warehouseCode, String code) {
    var wh = warehouse(warehouseCode);
    if (!locations.restore(wh.id(), code, CurrentUser.idOrNull())) {
      throw BusinessRuleException.notFound("master.location.notFound");
    }
    var restored = locations.find(wh.id(), code).orElseThrow();
    audit.record(AuditEntry.of(MasterService.RESTORE, "m_loc", restored.id(), key(restored)));
    return restored;
  }

  private MasterRow warehouse(String code) {
    var wh = masters.get(kinds.require(MasterKinds.WAREHOUSES), code);
    if (wh.deleted()) throw BusinessRuleException.notFound("master.notFound");
    return wh;
  }

  private static String key(LocationRow row) {
    return row.warehouseCode() + "/" + row.code();
  }
}
