package io.kelola.inventory.web;

import io.kelola.inventory.web.Trace.Direction;
import io.kelola.inventory.web.Trace.Kind;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import io.kelola.shared.web.Msg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recall report of a lot: every lot it came from or went into, and every customer shipment of it
 * or its descendants, as a spreadsheet or a printable PDF. Audited as an EXPORT of the lot.
 */
@RestController
class TraceExportController {

  private final LotReader reader;
  private final ExportAudit exports;
  private final MessageSource messages;
  private final Clock clock;

  TraceExportController(LotReader reader, ExportAudit exports, MessageSource messages, Clock clock) {
    this.reader = reader;
    this.exports = exports;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/inventory/lots/{uuid}/trace/export")
  @RequiresPermission("INV.EXPORT")
  void export(@PathVariable String uuid, @RequestParam(required = false) String format, Locale locale,
      HttpServletResponse response) throws IOException {
    boolean pdf = format != null && "pdf".equalsIgnoreCase(format.strip());
    var fmt = pdf ? null : TableFile.Format.of(format);
    var lot = reader.lot(uuid);
    var trace = reader.trace(uuid, Direction.BOTH);
    var prefix = "recall-" + lot.lotNo().replaceAll("[^A-Za-z0-9._-]", "_");
    if (pdf) {
      pdf(lot, trace, exports.fileName(prefix, "pdf"), locale, response);
      return;
    }
    var name = exports.fileName(prefix, fmt.ext());
    ExportAudit.start(response, fmt.contentType, name);
    int rows = 0;
    boolean complete = false;
    try (var file = TableFile.open(fmt, response.getOutputStream())) {
      file.section(text("inv.trace.export.lots", locale), headers(locale, "direction", "level", "lot", "item", "name", "status"));
      for (var n : trace.nodes()) {
        if (n.kind() != Kind.LOT) continue;
        var direction = n.level() < 0 ? "BACKWARD" : n.level() > 0 ? "FORWARD" : "ROOT";
        file.row(Arrays.asList(text("inv.trace.direction." + direction, locale), n.level(), n.label(), n.itemCode(),
            n.itemName(), text("inv.lot.status." + n.status(), locale)));
        rows++;
      }
      file.section(text("inv.trace.export.shipments", locale),
          headers(locale, "customerCode", "customer", "lot", "item", "qty", "uom", "date", "doc"));
      for (var s : trace.shipments()) {
        file.row(Arrays.asList(s.custCode(), s.custName(), s.lotNo(), s.itemCode(), s.qty(), s.uom(),
            LocalDateTime.ofInstant(s.at(), Formats.WIB), s.docRef()));
        rows++;
      }
      complete = true;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      exports.record("t_lot", lot.uuid().toString(), fmt.ext(), Map.of("lot", lot.lotNo()), rows, complete);
    }
  }

  /** Rendered in memory first (a report is small), so a rendering failure is a clean error, not half a file. */
  private void pdf(LotRow lot, Trace trace, String name, Locale locale, HttpServletResponse response) throws IOException {
    var bytes = new ByteArrayOutputStream();
    RecallPdf.write(lot, trace, new Msg(messages, locale), clock.instant(), bytes);
    ExportAudit.start(response, "application/pdf", name);
    response.setContentLength(bytes.size());
    bytes.writeTo(response.getOutputStream());
    int rows = (int) trace.nodes().stream().filter(n -> n.kind() == Kind.LOT).count() + trace.shipments().size();
    exports.record("t_lot", lot.uuid().toString(), "pdf", Map.of("lot", lot.lotNo()), rows, true);
  }

  private List<String> headers(Locale locale, String... columns) {
    return Arrays.stream(columns).map(c -> text("inv.trace.export.col." + c, locale)).toList();
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
