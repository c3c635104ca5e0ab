package io.kelola.extracts.web;

/**
 * The lot intake form as typed; numbers and dates stay text so a typo re-renders the form with a
 * message instead of failing binding. Files are not kept: a refused submit asks for them again.
 */
public record IntakeForm(String vendor, String item, String qty, String uom, String supplierLot, String harvestDate,
    String expDate, String intakeTemp, String market) {

  public static final IntakeForm EMPTY = new IntakeForm("", "", "", "", "", "", "", "", "DOMESTIC");

  IntakeForm trimmed() {
    return new IntakeForm(trim(vendor), trim(item), trim(qty), trim(uom), trim(supplierLot), trim(harvestDate),
        trim(expDate), trim(intakeTemp), market == null || market.isBlank() ? "DOMESTIC" : market.strip());
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
