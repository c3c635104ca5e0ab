package io.kelola.factory.finance.web;

import io.kelola.factory.finance.CashAccount;
import io.kelola.factory.finance.CashTxnRow;
import io.kelola.shared.web.PageResult;
import io.kelola.web.FormErrors;
import io.kelola.web.ListLinks;
import java.util.List;

/** The cash page: accounts, the selected account's book and the new-entry form. Template view model. */
public record CashView(List<CashAccount> accounts, String account, PageResult<CashTxnRow> result, ListLinks links,
    CashForm form, FormErrors errors, boolean canPay, boolean flash, String error) {

  public static final List<String> TYPES = io.kelola.factory.finance.CashBook.TYPES;
}
