package io.kelola.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Quantities the way Indonesian readers write them: {@code 1.234,5 kg}; trailing zero decimals dropped. */
final class Quantities {

  private Quantities() {}

  static String format(BigDecimal qty) {
    if (qty == null) return "";
    var symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    var f = new DecimalFormat("#,##0.####", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(qty);
  }

  private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** A calendar date as Indonesian readers write it: {@code 21-11-2026}. */
  static String date(java.time.LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  static String format(BigDecimal qty, String uom) {
    return qty == null ? "" : format(qty) + (uom == null ? "" : " " + uom);
  }
}
