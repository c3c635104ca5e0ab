package io.kelola.factory.finance.web;

/** The new cash transaction form as typed. */
public record CashForm(String type, String account, String toAccount, String amount, String date, String reference,
    String notes) {

  public CashForm {
    type = FormValues.plain(type);
    account = FormValues.plain(account);
    toAccount = FormValues.plain(toAccount);
    amount = FormValues.plain(amount);
    date = FormValues.plain(date);
    reference = FormValues.plain(reference);
    notes = FormValues.plain(notes);
  }
}
