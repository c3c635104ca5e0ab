package io.kelola.factory.production;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Work orders to Excel (the list, by status) and one order to PDF; every download leaves an EXPORT audit row. */
@Controller
class WorkOrderExportController {

  static final int MAX_ROWS = 10_000;

  private final WorkOrders orders;
  private final StatusHistory history;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final TransactionTemplate ownTx;
  private final Clock clock;

  WorkOrderExportController(WorkOrders orders, StatusHistory history, AuditTrail audit, MessageSource messages,
      PlatformTransactionManager transactions, Clock clock) {
    this.orders = orders;
    this.history = history;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @GetMapping(WorkOrderPageController.PATH + "/export.xlsx")
  @RequiresPermission("WO.EXPORT")
  void xlsx(@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
    var list = orders.all(status, MAX_ROWS);
    var t = new Msg(messages, LocaleContextHolder.getLocale());
    start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName("work-orders", "xlsx"));
    var headers = new String[] {"no", "item", "machine", "fgWarehouse", "soNo", "start", "end", "plan", "actual",
        "reject", "status"};
    var wb = new Workbook(response.getOutputStream(), "Kelola", "1.0");
    var ws = wb.newWorksheet(t.get("factory.wo.page.title"));
    for (int c = 0; c < headers.length; c++) {
      ws.width(c, 18);
      ws.value(0, c, t.get("factory.wo.page." + headers[c]));
      ws.style(0, c).bold().set();
    }
    int r = 0;
    for (var w : list) {
      r++;
      ws.inlineString(r, 0, w.woNo());
      ws.inlineString(r, 1, w.item() + " - " + w.itemName());
      ws.inlineString(r, 2, w.machine());
      ws.inlineString(r, 3, w.warehouse());
      if (w.soNo() != null) ws.inlineString(r, 4, w.soNo());
      ws.value(r, 5, w.startDate());
      ws.style(r, 5).format("dd-mm-yyyy").set();
      ws.value(r, 6, w.endDate());
      ws.style(r, 6).format("dd-mm-yyyy").set();
      ws.value(r, 7, w.planQty());
      ws.value(r, 8, w.actualQty());
      ws.value(r, 9, w.rejectQty());
      ws.inlineString(r, 10, t.get(ProductionFormat.statusKey(w.status())));
    }
    wb.finish();
    record("t_wo", "work-orders", "XLSX", status, list.size());
  }

  @GetMapping(WorkOrderPageController.PATH + "/{no}.pdf")
  @RequiresPermission("WO.EXPORT")
  void pdf(@PathVariable String no, HttpServletResponse response) throws IOException {
    var detail = orders.detail(no);
    var timeline = history.timeline(WorkOrders.TYPE, orders.internalId(detail.order().woNo()));
    var t = new Msg(messages, LocaleContextHolder.getLocale());
    var bytes = new java.io.ByteArrayOutputStream();
    WorkOrderPdf.write(detail, timeline, t, clock.instant(), bytes);
    start(response, "application/pdf", detail.order().woNo() + ".pdf");
    response.getOutputStream().write(bytes.toByteArray());
    record("t_wo", detail.order().woNo(), "PDF", null, 1);
  }

  private void record(String entity, String key, String format, String status, int rows) {
    var value = new LinkedHashMap<String, Object>();
    value.put("format", format);
    value.put("filters", status == null ? Map.of() : Map.of("status", status));
    value.put("rows", rows);
    ownTx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditActions.EXPORT, entity, null, key).change(null, value)));
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

}
