package io.kelola.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Quantities the way Indonesian readers write them: {@code 1.234,5 kg}; trailing zero decimals dropped. */
final class Quantities {

  private Quantities() {}

  static String format(BigDecimal qty) {
    return io.kelola.shared.web.Formats.quantity(qty);
  }

  /** A calendar date as Indonesian readers write it: {@code 21-11-2026}. */
  static String date(java.time.LocalDate d) {
    return io.kelola.shared.web.Formats.date(d);
  }

  static String format(BigDecimal qty, String uom) {
    return qty == null ? "" : format(qty) + (uom == null ? "" : " " + uom);
  }
}
