package io.kelola.factory.finance.web;

import io.kelola.factory.finance.CashAccount;
import io.kelola.factory.finance.CashBook;
import io.kelola.factory.finance.CashPosting;
import io.kelola.factory.finance.CashQueries;
import io.kelola.factory.finance.CashTxnRequest;
import io.kelola.factory.finance.CashTxnRow;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The cash book as JSON: accounts with balances, transactions with running balance, manual entries. */
@RestController
@RequestMapping("/api/v1/factory/cash")
class CashApiController {

  /** A new account: code and name. */
  record NewAccount(String code, String name) {}

  private final CashBook book;
  private final CashQueries queries;

  CashApiController(CashBook book, CashQueries queries) {
    this.book = book;
    this.queries = queries;
  }

  @GetMapping("/accounts")
  @RequiresPermission("FIN.READ")
  List<CashAccount> accounts() {
    return book.accounts();
  }

  @PostMapping("/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("FIN.PAY")
  CashAccount createAccount(@RequestBody NewAccount body) {
    return body == null ? book.createAccount(null, null) : book.createAccount(body.code(), body.name());
  }

  @GetMapping("/transactions")
  @RequiresPermission("FIN.READ")
  PageResult<CashTxnRow> transactions(@RequestParam(required = false) String account,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String q, @RequestParam(required = false) String category,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    var filter = CashFilter.of(account, book.defaultAccount(), category, from, to);
    book.account(filter.account());
    return queries.transactions(filter.account(), filter.from(), filter.to(), filter.category(),
        PageQuery.of(page, size, null, null, q));
  }

  @PostMapping("/transactions")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission("FIN.PAY")
  Map<String, List<CashPosting>> record(@RequestBody CashTxnRequest body) {
    return Map.of("postings", book.record(body));
  }
}
