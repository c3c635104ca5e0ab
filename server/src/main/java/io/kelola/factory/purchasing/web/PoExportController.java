package io.kelola.factory.purchasing.web;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.PoSummary;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** PO exports: the filtered list as XLSX and one PO as a printable PDF. Each leaves an EXPORT audit row. */
@Controller
class PoExportController {

  private static final List<String> COLUMNS = List.of("no", "vendor", "warehouse", "orderDate", "expectedDate",
      "total", "tax", "grand", "status", "createdBy");

  private final PoQueries queries;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final TransactionTemplate ownTx;
  private final Clock clock;

  PoExportController(PoQueries queries, AuditTrail audit, MessageSource messages, PlatformTransactionManager tx,
      Clock clock) {
    this.queries = queries;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.ownTx = new TransactionTemplate(tx);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @GetMapping(PoPaths.EXPORT)
  @RequiresPermission("PO.EXPORT")
  void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String status, Locale locale,
      HttpServletResponse response) throws IOException {
    var rows = queries.forExport(q, status);
    var t = new Msg(messages, locale);
    start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName("purchase-orders", "xlsx"));
    var wb = new Workbook(response.getOutputStream(), "Kelola", "1.0");
    var ws = wb.newWorksheet(t.get("factory.po.page.list.title"));
    for (int c = 0; c < COLUMNS.size(); c++) {
      ws.value(0, c, t.get("factory.po.export.col." + COLUMNS.get(c)));
      ws.style(0, c).bold().set();
      ws.width(c, 18);
    }
    int r = 0;
    for (PoSummary p : rows) {
      r++;
      ws.inlineString(r, 0, p.poNo());
      ws.inlineString(r, 1, clean(p.vendor() + " - " + p.vendorName()));
      ws.inlineString(r, 2, p.warehouse());
      date(ws, r, 3, p.orderDate());
      date(ws, r, 4, p.expectedDate());
      ws.value(r, 5, p.total());
      ws.value(r, 6, p.tax());
      ws.value(r, 7, p.grand());
      ws.inlineString(r, 8, t.get(PoListView.statusKey(p.status())));
      if (p.createdBy() != null) ws.inlineString(r, 9, p.createdBy());
    }
    ws.freezePane(0, 1);
    wb.finish();
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", q);
    filters.put("status", PoQueries.status(status));
    record("t_po", null, "XLSX", filters, rows.size(), rows.size() < PoQueries.EXPORT_MAX);
  }

  @GetMapping(PoPaths.LIST + "/{no}.pdf")
  @RequiresPermission("PO.EXPORT")
  void pdf(@PathVariable String no, Locale locale, HttpServletResponse response) throws IOException {
    var d = queries.detail(no);
    var out = new java.io.ByteArrayOutputStream();
    PoPdf.write(d, new Msg(messages, locale), clock.instant(), out);
    start(response, "application/pdf", d.po().poNo() + ".pdf");
    response.getOutputStream().write(out.toByteArray());
    record("t_po", d.po().poNo(), "PDF", Map.of(), 1, true);
  }

  private static void date(org.dhatim.fastexcel.Worksheet ws, int r, int c, LocalDate d) {
    if (d == null) return;
    ws.value(r, c, d);
    ws.style(r, c).format("dd-mm-yyyy").set();
  }

  /** Text cells never start a formula in the reader's spreadsheet. */
  private static String clean(String s) {
    return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  private String fileName(String prefix, String ext) {
    return prefix + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(clock.instant(), Formats.WIB))
        + "." + ext;
  }

  private static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  private void record(String entity, String key, String format, Map<String, String> filters, int rows, boolean complete) {
    var value = new LinkedHashMap<String, Object>();
    value.put("format", format);
    var kept = new LinkedHashMap<String, String>();
    filters.forEach((k, v) -> {
      if (v != null) kept.put(k, v);
    });
    value.put("filters", kept);
    value.put("rows", rows);
    value.put("complete", complete);
    ownTx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditActions.EXPORT, entity, null, key).change(null, value)));
  }
}
