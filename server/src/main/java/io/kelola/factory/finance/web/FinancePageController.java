package io.kelola.factory.finance.web;

import io.kelola.factory.finance.Ageing;
import io.kelola.factory.finance.AgeingReport;
import io.kelola.factory.finance.CashBook;
import io.kelola.factory.finance.DocFilter;
import io.kelola.factory.finance.DocQueries;
import io.kelola.factory.finance.Ledger;
import io.kelola.factory.finance.PaymentRequest;
import io.kelola.factory.finance.Payments;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /factory/receivables} and {@code /factory/payables}: list with filters and the ageing
 * chart, one document with its payments and timeline, and the payment form (redirect on success,
 * the same page with the message at the field on refusal).
 */
@Controller
class FinancePageController {

  static final String AR = "/factory/receivables";
  static final String AP = "/factory/payables";

  private final DocQueries docs;
  private final Ageing ageing;
  private final Payments payments;
  private final CashBook cash;
  private final FormMessages messages;
  private final MessageSource text;

  FinancePageController(DocQueries docs, Ageing ageing, Payments payments, CashBook cash, FormMessages messages,
      MessageSource text) {
    this.docs = docs;
    this.ageing = ageing;
    this.payments = payments;
    this.cash = cash;
    this.messages = messages;
    this.text = text;
  }

  @GetMapping(AR)
  @RequiresPermission("FIN.READ")
  String receivables(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String party, @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String page, Model model) {
    return list(Ledger.AR, AR, q, status, party, dueFrom, dueTo, sort, dir, page, model);
  }

  @GetMapping(AP)
  @RequiresPermission("FIN.READ")
  String payables(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String party, @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String page, Model model) {
    return list(Ledger.AP, AP, q, status, party, dueFrom, dueTo, sort, dir, page, model);
  }

  @GetMapping(AR + "/{key}")
  @RequiresPermission("FIN.READ")
  String receivable(@PathVariable String key, @RequestParam(required = false) String done, Model model) {
    return detail(Ledger.AR, AR, key, new PaymentForm(null, null, null, null, null), FormErrors.NONE, "paid".equals(done), model);
  }

  @GetMapping(AP + "/{key}")
  @RequiresPermission("FIN.READ")
  String payable(@PathVariable String key, @RequestParam(required = false) String done, Model model) {
    return detail(Ledger.AP, AP, key, new PaymentForm(null, null, null, null, null), FormErrors.NONE, "paid".equals(done), model);
  }

  @PostMapping(AR + "/{key}/payments")
  @RequiresPermission("FIN.PAY")
  String receive(@PathVariable String key, @ModelAttribute PaymentForm form, HttpServletResponse response, Model model) {
    return pay(Ledger.AR, AR, key, form, response, model);
  }

  @PostMapping(AP + "/{key}/payments")
  @RequiresPermission("FIN.PAY")
  String pay(@PathVariable String key, @ModelAttribute PaymentForm form, HttpServletResponse response, Model model) {
    return pay(Ledger.AP, AP, key, form, response, model);
  }

  private String pay(Ledger ledger, String path, String key, PaymentForm form, HttpServletResponse response, Model model) {
    try {
      var done = payments.pay(ledger, key, new PaymentRequest(FormValues.money(form.amount(), "amount"),
          FormValues.date(form.date(), "date"), form.account(), form.reference(), form.notes()));
      return "redirect:" + path + "/" + URLEncoder.encode(done.docNo(), StandardCharsets.UTF_8) + "?done=paid";
    } catch (BusinessRuleException e) {
      if (e.status().value() == 404) throw e;
      response.setStatus(e.status().value());
      return detail(ledger, path, key, form, messages.of(e), false, model);
    }
  }

  private String detail(Ledger ledger, String path, String key, PaymentForm form, FormErrors errors, boolean flash,
      Model model) {
    var d = docs.detail(ledger, key);
    var canPay = CurrentUser.get().map(p -> p.can("FIN.PAY")).orElse(false);
    model.addAttribute("view", new DocDetailView(ledger.name(), path, d, canPay ? cash.accounts() : java.util.List.of(),
        form, errors, canPay, flash));
    return "factory/finance/doc";
  }

  private String list(Ledger ledger, String path, String q, String status, String party, String dueFrom, String dueTo,
      String sort, String dir, String page, Model model) {
    String error = null;
    DocFilter filter;
    try {
      filter = DocFilter.of(status, party, dueFrom, dueTo);
    } catch (BusinessRuleException e) {
      error = messages.text(e);
      filter = DocFilter.NONE;
    }
    int pageNo = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    var query = PageQuery.of(pageNo, 20, sort, dir, ListLinks.searchText(q));
    var result = docs.page(ledger, filter, query);
    var report = ageing.report(ledger, filter.party());
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", q);
    filters.put("status", filter.status());
    filters.put("party", filter.party());
    filters.put("dueFrom", filter.dueFrom() == null ? null : filter.dueFrom().toString());
    filters.put("dueTo", filter.dueTo() == null ? null : filter.dueTo().toString());
    var canExport = CurrentUser.get().map(p -> p.can("FIN.EXPORT")).orElse(false);
    model.addAttribute("view", new DocListView(ledger.name(), path, result, new ListLinks(path, filters, query),
        FormValues.plain(query.q()), FormValues.plain(filter.status()), FormValues.plain(filter.party()),
        FormValues.plain(filters.get("dueFrom")), FormValues.plain(filters.get("dueTo")), report,
        svg(AgeingSvg.of(report, bucketLabels(), msg("factory.fin.page.ageing"))), canExport, error));
    return "factory/finance/docs";
  }

  /** Markup built and escaped by {@link AgeingSvg}, written as is. */
  private static gg.jte.Content svg(String markup) {
    return output -> output.writeContent(markup);
  }

  java.util.List<String> bucketLabels() {
    return AgeingReport.BUCKETS.stream().map(b -> msg("factory.fin.ageing." + b)).toList();
  }

  private String msg(String key) {
    return text.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
