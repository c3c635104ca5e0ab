package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ImportRejectedException;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/master/{kind}/export} (CSV or XLSX) and {@code /import} (multipart CSV or XLSX, at most
 * 5 MB and 10,000 rows, all or nothing; a rejected file gets 422 with a per-row report).
 */
@RestController
class MasterTransferApiController {

  private final MasterKinds kinds;
  private final MasterTransfer transfer;

  MasterTransferApiController(MasterKinds kinds, MasterTransfer transfer) {
    this.kinds = kinds;
    this.transfer = transfer;
  }

  @GetMapping("/api/v1/master/{kind}/export")
  @RequiresPermission("MASTER.EXPORT")
  ResponseEntity<byte[]> export(@PathVariable String kind, @RequestParam(required = false) String format) {
    return transfer.export(kinds.require(kind), format);
  }

  @PostMapping("/api/v1/master/{kind}/import")
  @RequiresPermission("MASTER.IMPORT")
  ResponseEntity<Object> importFile(@PathVariable String kind,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    var master = kinds.require(kind);
    try {
      return ResponseEntity.ok(MasterTransfer.summary(transfer.importFile(master, file)));
    } catch (ImportRejectedException e) {
      var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(422),
          transfer.text("master.import.rejected", e.problems().size()));
      problem.setType(ProblemTypes.VALIDATION);
      problem.setTitle("Import rejected");
      problem.setProperty("errors", transfer.report(e).stream()
          .map(l -> Map.of("row", l.row(), "column", l.column() == null ? "" : l.column(), "message", l.message()))
          .toList());
      return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
  }
}
