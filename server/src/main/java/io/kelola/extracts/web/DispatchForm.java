package io.kelola.extracts.web;

/**
 * A new dispatch as typed (numbers kept as text so a typo re-renders instead of failing binding).
 *
 * @param destination PRODUCTION or CUSTOMER
 * @param tempC temperature at loading, optional
 */
public record DispatchForm(String lot, String destination, String customer, String qty, String tempC, String note) {

  public static final DispatchForm EMPTY = new DispatchForm("", "PRODUCTION", "", "", "", "");

  DispatchForm trimmed() {
    return new DispatchForm(BoardValues.trim(lot), BoardValues.trim(destination), BoardValues.trim(customer),
        BoardValues.trim(qty), BoardValues.trim(tempC), BoardValues.trim(note));
  }
}
