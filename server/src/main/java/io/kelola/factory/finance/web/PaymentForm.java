package io.kelola.factory.finance.web;

/** The payment form as typed (strings, so a refused submit shows exactly what was entered). */
public record PaymentForm(String amount, String date, String account, String reference, String notes) {

  public PaymentForm {
    amount = FormValues.plain(amount);
    date = FormValues.plain(date);
    account = FormValues.plain(account);
    reference = FormValues.plain(reference);
    notes = FormValues.plain(notes);
  }
}
