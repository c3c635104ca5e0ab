package io.kelola.factory.finance.web;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.finance.Ageing;
import io.kelola.factory.finance.DocFilter;
import io.kelola.factory.finance.DocQueries;
import io.kelola.factory.finance.Ledger;
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
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Receivable/payable lists as XLSX and the receivables ageing as PDF; every download leaves an EXPORT audit row. */
@Controller
class FinanceExportController {

  static final int MAX_ROWS = 50_000;

  private final DocQueries docs;
  private final Ageing ageing;
  private final AuditTrail audit;
  private final TransactionTemplate ownTx;
  private final MessageSource messages;
  private final Clock clock;

  FinanceExportController(DocQueries docs, Ageing ageing, AuditTrail audit, PlatformTransactionManager transactions,
      MessageSource messages, Clock clock) {
    this.docs = docs;
    this.ageing = ageing;
    this.audit = audit;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(FinancePageController.AR + "/export.xlsx")
  @RequiresPermission("FIN.EXPORT")
  void receivables(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String party, @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo, Locale locale, HttpServletResponse response) throws IOException {
    xlsx(Ledger.AR, q, DocFilter.of(status, party, dueFrom, dueTo), new Msg(messages, locale), response);
  }

  @GetMapping(FinancePageController.AP + "/export.xlsx")
  @RequiresPermission("FIN.EXPORT")
  void payables(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String party, @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo, Locale locale, HttpServletResponse response) throws IOException {
    xlsx(Ledger.AP, q, DocFilter.of(status, party, dueFrom, dueTo), new Msg(messages, locale), response);
  }

  @GetMapping(FinancePageController.AR + "/ageing.pdf")
  @RequiresPermission("FIN.EXPORT")
  void ageingPdf(@RequestParam(required = false) String customer, Locale locale, HttpServletResponse response)
      throws IOException {
    var t = new Msg(messages, locale);
    var report = ageing.report(Ledger.AR, DocFilter.of(null, customer, null, null).party());
    var labels = io.kelola.factory.finance.AgeingReport.BUCKETS.stream().map(b -> t.get("factory.fin.ageing." + b)).toList();
    var bytes = AgeingPdf.render(report, labels, t, clock.instant());
    // audited before the bytes go out: a client holding the whole file has a logged export
    record("t_ar", "ageing", "pdf", customer, report.rows().size());
    start(response, "application/pdf", fileName("umur-piutang", "pdf"));
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private void xlsx(Ledger ledger, String q, DocFilter filter, Msg t, HttpServletResponse response) throws IOException {
    var rows = docs.all(ledger, filter, q == null ? null : q.replace("\0", ""), MAX_ROWS);
    var k = ledger == Ledger.AR ? "ar" : "ap";
    start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        fileName(ledger == Ledger.AR ? "piutang" : "hutang", "xlsx"));
    var headers = List.of(t.get("factory.fin.col.number"), t.get("factory.fin.export.party"),
        t.get("factory.fin.export.partyName"), t.get("factory.fin.col.source." + k), t.get("factory.fin.col.date"),
        t.get("factory.fin.col.due"), t.get("factory.fin.col.amount"), t.get("factory.fin.col.paid"),
        t.get("factory.fin.col.remaining"), t.get("factory.fin.col.status"), t.get("factory.fin.export.daysPastDue"));
    var out = response.getOutputStream();
    var wb = new Workbook(out, "Kelola", "1.0");
    var ws = wb.newWorksheet(t.get("factory.fin.page." + k + ".title"));
    for (int c = 0; c < headers.size(); c++) {
      ws.width(c, c == 2 ? 30 : 16);
      ws.value(0, c, headers.get(c));
      ws.style(0, c).bold().set();
    }
    ws.freezePane(0, 1);
    int r = 0;
    for (var d : rows) {
      r++;
      ws.inlineString(r, 0, d.number());
      ws.inlineString(r, 1, d.partyCode());
      ws.inlineString(r, 2, d.partyName());
      ws.inlineString(r, 3, d.source());
      date(ws, r, 4, d.docDate());
      date(ws, r, 5, d.dueDate());
      ws.value(r, 6, d.amount());
      ws.value(r, 7, d.paid());
      ws.value(r, 8, d.remaining());
      ws.inlineString(r, 9, t.get("factory.fin.status." + d.status()));
      ws.value(r, 10, "Paid".equals(d.status()) ? 0 : Math.max(0, d.daysPastDue()));
    }
    ws.finish();
    wb.finish();
    out.flush();
    var kept = new LinkedHashMap<String, String>();
    if (filter.status() != null) kept.put("status", filter.status());
    if (filter.party() != null) kept.put("party", filter.party());
    record(ledger == Ledger.AR ? "t_ar" : "t_ap", "list", "xlsx", kept.isEmpty() ? null : kept.toString(), rows.size());
  }

  private static void date(org.dhatim.fastexcel.Worksheet ws, int r, int c, LocalDate d) {
    ws.value(r, c, d);
    ws.style(r, c).format("dd-mm-yyyy").set();
  }

  private String fileName(String prefix, String ext) {
    return prefix + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(clock.instant(), Formats.WIB)) + "." + ext;
  }

  private static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  private void record(String table, String key, String format, String filters, int rows) {
    var value = new LinkedHashMap<String, Object>();
    value.put("format", format);
    if (filters != null) value.put("filters", filters);
    value.put("rows", rows);
    ownTx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditActions.EXPORT, table, null, key).change(null, value)));
  }
}
