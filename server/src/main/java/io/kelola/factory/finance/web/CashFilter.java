package io.kelola.factory.finance.web;

import io.kelola.factory.finance.DocFilter;
import io.kelola.shared.web.BusinessRuleException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Filters of the cash book: account (default account when absent), category and date range. */
record CashFilter(String account, String category, LocalDate from, LocalDate to) {

  static final Set<String> CATEGORIES = Set.of("OPENING", "AR_PAYMENT", "AP_PAYMENT", "EXPENSE", "INCOME", "TRANSFER");

  static CashFilter of(String account, String fallback, String category, String from, String to) {
    var acct = account == null || account.isBlank() ? fallback : account.strip().toUpperCase(Locale.ROOT);
    if (acct.length() > 30) throw BusinessRuleException.invalid("account", "factory.fin.filter.account");
    String cat = null;
    if (category != null && !category.isBlank()) {
      cat = category.strip().toUpperCase(Locale.ROOT);
      if (!CATEGORIES.contains(cat)) throw BusinessRuleException.invalid("category", "factory.fin.filter.category");
    }
    var f = DocFilter.date(from, "from");
    var t = DocFilter.date(to, "to");
    if (f != null && t != null && t.isBefore(f)) throw BusinessRuleException.invalid("to", "factory.fin.filter.range");
    return new CashFilter(acct, cat, f, t);
  }
}
