package io.kelola.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How Indonesian users read numbers and times: {@code Rp10.000}, {@code 21-11-2026 14:05 WIB}. */
public final class Formats {

  private Formats() {}

  /** Western Indonesia Time, the zone every page shows times in. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(WIB);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(WIB);

  /** {@code Rp10.000}; whole rupiah, half-up; negative as {@code -Rp10.000}; null as empty. */
  public static String rupiah(BigDecimal amount) {
    if (amount == null) return "";
    var rounded = amount.setScale(0, RoundingMode.HALF_UP);
    var symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    var digits = new DecimalFormat("#,##0", symbols).format(rounded.abs());
    return (rounded.signum() < 0 ? "-Rp" : "Rp") + digits;
  }

  public static String wibDateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant) + " WIB";
  }

  public static String wibDate(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** {@code 1.234,5}: grouping dot, decimal comma, at most four decimals, trailing zeros dropped; null as empty. */
  public static String quantity(BigDecimal qty) {
    if (qty == null) return "";
    var symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    var f = new DecimalFormat("#,##0.####", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(qty);
  }

  /** A calendar date (no time zone involved): {@code 21-11-2026}; null as empty. */
  public static String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
