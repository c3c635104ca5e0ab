package io.kelola.factory.finance.web;

import io.kelola.factory.finance.CashBook;
import io.kelola.factory.finance.CashQueries;
import io.kelola.factory.finance.CashTxnRequest;
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
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /factory/cash}: balances of every account, one account's book with running balance, new entries. */
@Controller
class CashPageController {

  static final String PATH = "/factory/cash";

  private final CashBook book;
  private final CashQueries queries;
  private final FormMessages messages;

  CashPageController(CashBook book, CashQueries queries, FormMessages messages) {
    this.book = book;
    this.queries = queries;
    this.messages = messages;
  }

  @GetMapping(PATH)
  @RequiresPermission("FIN.READ")
  String page(@RequestParam(required = false) String account, @RequestParam(required = false) String page,
      @RequestParam(required = false) String done, Model model) {
    var empty = new CashForm(null, account, null, null, null, null, null);
    return render(account, page, empty, FormErrors.NONE, "created".equals(done), model);
  }

  @PostMapping(PATH + "/transactions")
  @RequiresPermission("FIN.PAY")
  String create(@ModelAttribute CashForm form, HttpServletResponse response, Model model) {
    try {
      book.record(new CashTxnRequest(form.type(), form.account(), form.toAccount(),
          FormValues.money(form.amount(), "amount"), FormValues.date(form.date(), "date"), form.reference(), form.notes()));
      var acct = form.account().isBlank() ? book.defaultAccount() : form.account();
      return "redirect:" + PATH + "?account=" + URLEncoder.encode(acct, StandardCharsets.UTF_8) + "&done=created";
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      return render(form.account(), null, form, messages.of(e), false, model);
    }
  }

  private String render(String account, String page, CashForm form, FormErrors errors, boolean flash, Model model) {
    var accounts = book.accounts();
    String error = null;
    var code = account == null || account.isBlank() ? book.defaultAccount() : account.strip();
    if (accounts.stream().noneMatch(a -> a.code().equals(code))) {
      error = messages.text(BusinessRuleException.notFound("factory.fin.cash.notFound"));
    }
    final var selected = error == null ? code : accounts.isEmpty() ? code : accounts.getFirst().code();
    int pageNo = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    var query = PageQuery.of(pageNo, 20, null, null, null);
    var result = queries.transactions(selected, null, null, null, query);
    var canPay = CurrentUser.get().map(p -> p.can("FIN.PAY")).orElse(false);
    model.addAttribute("view", new CashView(accounts, selected, result,
        new ListLinks(PATH, Map.of("account", selected), query), form, errors, canPay, flash, error));
    return "factory/finance/cash";
  }
}
