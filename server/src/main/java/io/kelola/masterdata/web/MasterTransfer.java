package io.kelola.masterdata.web;

import io.kelola.shared.web.CsvCells;

import io.kelola.masterdata.domain.ImportProblem;
import io.kelola.masterdata.domain.ImportRejectedException;
import io.kelola.masterdata.domain.ImportResult;
import io.kelola.masterdata.domain.MasterFiles;
import io.kelola.masterdata.domain.MasterImporter;
import io.kelola.masterdata.domain.MasterKind;
import io.kelola.masterdata.domain.MasterRow;
import io.kelola.masterdata.domain.MasterService;
import io.kelola.shared.web.BusinessRuleException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Export and import of a master, shared by the API and the pages. */
@Component
class MasterTransfer {

  static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;
  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");


  private final MasterService masters;
  private final MasterImporter importer;
  private final MessageSource messages;

  MasterTransfer(MasterService masters, MasterImporter importer, MessageSource messages) {
    this.masters = masters;
    this.importer = importer;
    this.messages = messages;
  }

  ResponseEntity<byte[]> export(MasterKind kind, String format) {
    var f = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!f.equals("csv") && !f.equals("xlsx")) throw BusinessRuleException.invalid("format", "master.export.format");
    var rows = new ArrayList<MasterRow>();
    masters.forEach(kind, rows::add);
    var out = new ByteArrayOutputStream();
    if (f.equals("csv")) {
      var text = new StringBuilder("\uFEFF").append(CsvCells.line(MasterFiles.header(kind)));
      rows.forEach(r -> text.append(CsvCells.line(MasterFiles.cells(kind, r))));
      out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      MasterFiles.writeXlsx(kind, rows, out);
    }
    masters.auditExport(kind, f, rows.size());
    var name = kind.kind() + "-" + LocalDate.now(io.kelola.shared.web.Formats.WIB) + "." + f;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(f.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
        .body(out.toByteArray());
  }

  /** @throws ImportRejectedException with every problem when anything is wrong; nothing is written then */
  ImportResult importFile(MasterKind kind, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException(List.of(new ImportProblem(0, null, "master.import.empty")));
    }
    if (file.getSize() > MAX_IMPORT_BYTES) {
      throw new ImportRejectedException(List.of(new ImportProblem(0, null, "master.import.tooLarge", 5)));
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return importer.importTable(kind, MasterFiles.read(content));
  }

  List<ImportReportLine> report(ImportRejectedException e) {
    var locale = LocaleContextHolder.getLocale();
    return e.problems().stream().map(p -> new ImportReportLine(p.row(), p.column(),
        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))).toList();
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  static Map<String, Object> summary(ImportResult result) {
    return Map.of("created", result.created(), "updated", result.updated());
  }
}
