package io.kelola.masterdata.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All-or-nothing import of a master file: every row is checked first and every problem reported
 * (row, column, message); only a file without problems is written, in one transaction. Existing
 * codes are updated (columns missing from the file keep their values), new codes created.
 */
@Service
public class MasterImporter {

  public static final String IMPORT = "IMPORT";

  private final MasterRepository repository;
  private final MasterService masters;
  private final AuditTrail audit;

  MasterImporter(MasterRepository repository, MasterService masters, AuditTrail audit) {
    this.repository = repository;
    this.masters = masters;
    this.audit = audit;
  }

  private record Prepared(String code, Map<String, Object> values) {}

  @Transactional
  public ImportResult importTable(MasterKind kind, List<List<String>> table) {
    var problems = new ArrayList<ImportProblem>();
    if (table.isEmpty() || table.getFirst().stream().allMatch(String::isBlank)) {
      throw new ImportRejectedException(List.of(new ImportProblem(1, null, "master.import.noHeader")));
    }
    if (table.size() - 1 > MasterFiles.MAX_ROWS) {
      throw new ImportRejectedException(List.of(new ImportProblem(0, null, "master.import.tooManyRows",
          MasterFiles.MAX_ROWS)));
    }
    var header = table.getFirst().stream().map(String::strip).toList();
    var known = MasterFiles.header(kind);
    for (var h : header) {
      if (!known.contains(h)) problems.add(new ImportProblem(1, h, "master.import.unknownColumn", h));
    }
    if (!header.contains("code")) problems.add(new ImportProblem(1, "code", "master.import.missingColumn", "code"));
    if (!problems.isEmpty()) throw new ImportRejectedException(problems);

    var prepared = new ArrayList<Prepared>();
    var seen = new HashSet<String>();
    for (int r = 1; r < table.size(); r++) {
      var cells = table.get(r);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) continue;
      int rowNo = r + 1;
      var input = new HashMap<String, String>();
      for (int c = 0; c < header.size(); c++) {
        input.put(header.get(c), c < cells.size() ? MasterFiles.unguard(cells.get(c).strip()) : "");
      }
      var code = input.get("code");
      var codeProblem = MasterValidator.checkCode(kind.codePattern(), kind.codeHintKey(), code);
      if (codeProblem != null) {
        problems.add(new ImportProblem(rowNo, "code", codeProblem.messageKey(), codeProblem.args()));
        continue;
      }
      if (!seen.add(code)) {
        problems.add(new ImportProblem(rowNo, "code", "master.import.duplicateCode", code));
        continue;
      }
      var existing = repository.find(kind, code);
      if (existing.isPresent() && existing.get().deleted()) {
        problems.add(new ImportProblem(rowNo, "code", "master.isDeleted", code));
        continue;
      }
      // an update keeps what the file does not mention
      var merged = new LinkedHashMap<String, Object>();
      existing.ifPresent(row -> row.values().forEach((k, v) -> merged.put(k, v == null ? null : MasterFiles.plain(v))));
      input.forEach((k, v) -> {
        if (!k.equals("code")) merged.put(k, v);
      });
      var result = MasterValidator.validate(kind.fields(), kind.checks(), merged);
      result.problems().forEach(p -> problems.add(new ImportProblem(rowNo, p.field(), p.messageKey(), p.args())));
      if (result.ok()) prepared.add(new Prepared(code, result.values()));
    }
    if (!problems.isEmpty()) throw new ImportRejectedException(problems);

    int created = 0;
    for (var p : prepared) {
      if (masters.upsert(kind, p.code(), p.values())) created++;
    }
    var outcome = new ImportResult(created, prepared.size() - created);
    audit.record(new AuditEntry(IMPORT, kind.entityType(), null, kind.kind(), null, outcome));
    return outcome;
  }
}
