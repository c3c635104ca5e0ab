package io.kelola.factory.sales.web;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.sales.SalesQueries;
import io.kelola.factory.sales.SalesViews;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Msg;
import io.kelola.shared.web.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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

/**
 * Sales order downloads: the list with the page's filters as XLSX, one order as a printable PDF.
 * Each download leaves an EXPORT audit row.
 */
@Controller
class SalesExportController {

  /** A spreadsheet is a report, not a backup: beyond this many rows, narrow the filters. */
  static final int MAX_ROWS = 10_000;

  private final SalesQueries queries;
  private final AuditTrail audit;
  private final TransactionTemplate ownTx;
  private final MessageSource messages;
  private final Clock clock;

  SalesExportController(SalesQueries queries, AuditTrail audit, PlatformTransactionManager transactions,
      MessageSource messages, Clock clock) {
    this.queries = queries;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @GetMapping("/factory/sales-orders/export.xlsx")
  @RequiresPermission("SO.EXPORT")
  void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Locale locale,
      HttpServletResponse response) throws IOException {
    var t = new Msg(messages, locale);
    start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "sales-orders-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(clock.withZone(io.kelola.shared.web.Formats.WIB))) + ".xlsx");
    int rows = 0;
    var buffer = new java.io.ByteArrayOutputStream();
    try (var out = buffer) {
      var wb = new Workbook(out, "Kelola", "1.0");
      var ws = wb.newWorksheet(t.get("factory.so.page.title"));
      var headers = new String[] {"no", "date", "customer", "customerName", "deadline", "grand", "status", "overCredit"};
      for (int c = 0; c < headers.length; c++) ws.value(0, c, t.get("factory.so.export.col." + headers[c]));
      var page = new PageQuery(1, PageQuery.MAX_SIZE, sort, "desc".equalsIgnoreCase(dir), q);
      while (rows < MAX_ROWS) {
        var result = queries.orders(page, status);
        for (SalesViews.OrderRow r : result.items()) {
          int row = ++rows;
          ws.value(row, 0, r.soNo());
          ws.value(row, 1, r.orderDate());
          ws.style(row, 1).format("dd-mm-yyyy").set();
          ws.value(row, 2, r.customer());
          ws.value(row, 3, clean(r.customerName()));
          if (r.deadline() != null) {
            ws.value(row, 4, r.deadline());
            ws.style(row, 4).format("dd-mm-yyyy").set();
          }
          ws.value(row, 5, r.grandAmt());
          ws.style(row, 5).format("\"Rp\"#,##0").set();
          ws.value(row, 6, t.get("factory.so.status." + r.status()));
          ws.value(row, 7, r.overCredit() ? t.get("factory.so.page.overCredit") : "");
        }
        if (!result.hasNext()) break;
        page = page.withPage(page.page() + 1);
      }
      wb.finish();
    }
    var filters = new LinkedHashMap<String, Object>();
    if (q != null) filters.put("q", q);
    if (status != null) filters.put("status", status);
    // audited before the bytes leave, so a download always has its audit row
    record("sales-orders.xlsx", Map.of("format", "xlsx", "filters", filters, "rows", rows));
    buffer.writeTo(response.getOutputStream());
  }

  @GetMapping("/factory/sales-orders/{no}.pdf")
  @RequiresPermission("SO.EXPORT")
  void pdf(@PathVariable String no, Locale locale, HttpServletResponse response) throws IOException {
    var so = queries.order(no);
    var t = new Msg(messages, locale);
    var buffer = new java.io.ByteArrayOutputStream();
    SalesOrderPdf.write(so, t, clock.instant(), buffer);
    record(so.soNo(), Map.of("format", "pdf"));
    start(response, "application/pdf", so.soNo() + ".pdf");
    buffer.writeTo(response.getOutputStream());
  }

  private void record(String key, Map<String, Object> what) {
    ownTx.executeWithoutResult(s -> audit.record(AuditEntry.of("EXPORT", "t_so", null, key).change(null, what)));
  }

  private static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** Text that Excel would run as a formula is kept as text. */
  static String clean(String s) {
    if (s == null) return "";
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
