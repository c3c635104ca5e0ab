package io.kelola.audit.web;

import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Audit log downloads with the viewer's filters: CSV (UTF-8 with BOM) and Excel. */
@RestController
class AuditExportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> COLUMNS = List.of("time", "user", "action", "entity", "key", "ip", "old", "new");

  private final AuditExporter exporter;
  private final MessageSource messages;
  private final Clock clock;

  AuditExportController(AuditExporter exporter, MessageSource messages, Clock clock) {
    this.exporter = exporter;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/admin/audit/export.csv")
  @RequiresPermission("ADMIN.AUDIT.EXPORT")
  void csv(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entity, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
    var filter = AuditFilter.of(user, action, entity, from, to, null, null, 1, 1);
    filter.requireValid();
    var name = fileName("csv");
    start(response, "text/csv;charset=UTF-8", name);
    exporter.export(AuditExporter.Format.CSV, filter, headers(locale), null, name, response.getOutputStream());
  }

  @GetMapping("/admin/audit/export.xlsx")
  @RequiresPermission("ADMIN.AUDIT.EXPORT")
  void xlsx(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entity, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
    var filter = AuditFilter.of(user, action, entity, from, to, null, null, 1, 1);
    filter.requireValid();
    var name = fileName("xlsx");
    start(response, XLSX, name);
    exporter.export(AuditExporter.Format.XLSX, filter, headers(locale), messages.getMessage("audit.export.sheet", null, locale),
        name, response.getOutputStream());
  }

  /** {@code audit-log-YYYYMMDD.ext}, dated by today in WIB. */
  private String fileName(String ext) {
    return "audit-log-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(clock.instant(), Formats.WIB)) + "." + ext;
  }

  private static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  private List<String> headers(Locale locale) {
    return COLUMNS.stream().map(c -> messages.getMessage("audit.export.col." + c, null, locale)).toList();
  }
}
