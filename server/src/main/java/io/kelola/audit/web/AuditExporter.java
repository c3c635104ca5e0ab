package io.kelola.audit.web;

import io.kelola.shared.web.CsvCells;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditRecord;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.web.Formats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams matching audit rows as CSV or XLSX straight to the response (never all in memory), at
 * most {@link #MAX_ROWS}, and records the export itself in the audit log.
 */
@Component
class AuditExporter {

  static final int MAX_ROWS = 50_000;
  /** Excel refuses longer cell texts. */
  static final int MAX_CELL = 32_767;

  enum Format { CSV, XLSX }

  private static final Logger log = LoggerFactory.getLogger(AuditExporter.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Formats.WIB);

  private final AuditTrail audit;
  private final TransactionTemplate ownTx;

  AuditExporter(AuditTrail audit, PlatformTransactionManager transactions) {
    this.audit = audit;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Writes the export, then its EXPORT audit row (also when the download broke off midway). */
  void export(Format format, AuditFilter filter, List<String> headers, String sheetName, String fileName, OutputStream out)
      throws IOException {
    var rows = new int[1];
    boolean complete = false;
    try {
      if (format == Format.CSV) csv(filter, headers, out, rows);
      else xlsx(filter, headers, sheetName, out, rows);
      complete = true;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      try {
        record(format, filter, fileName, rows[0], complete);
      } catch (RuntimeException e) {
        if (complete) throw e;
        log.warn("Could not audit an interrupted audit export", e);
      }
    }
  }

  private void csv(AuditFilter filter, List<String> headers, OutputStream out, int[] rows) throws IOException {
    var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    w.write('\uFEFF'); // BOM: Excel then reads the file as UTF-8
    w.write(CsvCells.line(headers));
    audit.forEach(filter.query(), MAX_ROWS, r -> {
      try {
        w.write(CsvCells.line(cells(r)));
        rows[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    w.flush();
  }

  private void xlsx(AuditFilter filter, List<String> headers, String sheetName, OutputStream out, int[] rows)
      throws IOException {
    var wb = new Workbook(out, "Kelola", "1.0");
    var ws = wb.newWorksheet(sheetName);
    double[] widths = {20, 16, 14, 16, 38, 16, 60, 60};
    for (int c = 0; c < headers.size(); c++) {
      ws.width(c, widths[c]);
      ws.value(0, c, headers.get(c));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    audit.forEach(filter.query(), MAX_ROWS, r -> {
      int row = ++rows[0];
      ws.value(row, 0, LocalDateTime.ofInstant(r.createdAt(), Formats.WIB));
      ws.style(row, 0).format("yyyy-mm-dd hh:mm:ss").set();
      var cells = cells(r);
      for (int c = 1; c < cells.size(); c++) {
        if (cells.get(c) != null) ws.inlineString(row, c, cellText(cells.get(c)));
      }
      if (row % 1000 == 0) {
        try {
          ws.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    ws.finish();
    wb.finish();
    out.flush();
  }

  private static List<String> cells(AuditRecord r) {
    return new ArrayList<>(Arrays.asList(TIME.format(r.createdAt()), r.username(), r.action(), r.entityType(),
        r.entityKey(), r.ipAddress(), r.oldValue(), r.newValue()));
  }

  /**
   * Cell text Excel accepts: no XML-illegal control characters, not over its length limit. (Inline
   * string cells are never evaluated as formulas, so no defusing is needed here.)
   */
  static String cellText(String s) {
    var clean = s.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return clean.length() > MAX_CELL ? clean.substring(0, MAX_CELL) : clean;
  }

  private void record(Format format, AuditFilter filter, String fileName, int rows, boolean complete) {
    var value = new LinkedHashMap<String, Object>();
    value.put("format", format.name().toLowerCase());
    value.put("filters", filter.asMap());
    value.put("rows", rows);
    value.put("max_rows", MAX_ROWS);
    value.put("complete", complete);
    ownTx.executeWithoutResult(s ->
        audit.record(AuditEntry.of(AuditActions.EXPORT, "log_audit", null, fileName).change(null, value)));
  }
}
