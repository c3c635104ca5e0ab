package io.kelola.factory.finance.web;

import io.kelola.factory.finance.CashAccount;
import io.kelola.factory.finance.DocDetail;
import io.kelola.web.FormErrors;
import java.util.List;

/** One receivable or payable with its payment form. Template view model. */
public record DocDetailView(String ledger, String path, DocDetail detail, List<CashAccount> accounts,
    PaymentForm form, FormErrors errors, boolean canPay, boolean paidFlash) {

  public String key() {
    return "AR".equals(ledger) ? "ar" : "ap";
  }

  public boolean open() {
    return !"Paid".equals(detail.doc().status());
  }
}
