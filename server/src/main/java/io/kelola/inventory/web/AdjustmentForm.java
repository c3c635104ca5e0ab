package io.kelola.inventory.web;

/**
 * The adjustment form as typed (quantities kept as text so a typo re-renders instead of failing
 * binding).
 *
 * @param mode {@code counted} (the quantity physically found) or {@code delta} (a signed change)
 */
public record AdjustmentForm(String item, String warehouse, String location, String lotNo, String mode, String qty,
    String reason, String note) {

  public static final AdjustmentForm EMPTY = new AdjustmentForm("", "", "", "", "counted", "", "COUNT", "");

  public boolean counted() {
    return !"delta".equals(mode);
  }
}
