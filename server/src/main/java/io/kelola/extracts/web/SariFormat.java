package io.kelola.extracts.web;

import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;

/** How the SARI pages write numbers, durations and detector findings for Indonesian readers. Template helper. */
public final class SariFormat {

  private SariFormat() {}

  /** {@code 1.234,5}: grouping dot, decimal comma, at most four decimals, trailing zeros dropped. */
  public static String number(Number n) {
    if (n == null) return "";
    return Formats.quantity(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
  }

  public static String qty(BigDecimal qty, String uom) {
    return qty == null ? "" : number(qty) + (uom == null ? "" : " " + uom);
  }

  /** A confidence in [0, 1] as a whole percentage, e.g. {@code 87%}. */
  public static String percent(Number confidence) {
    if (confidence == null) return "";
    return new BigDecimal(confidence.toString()).movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
  }

  /** A duration in the reader's words: minutes, hours and minutes, or days and hours. */
  public static String duration(Msg t, long minutes) {
    if (minutes < 0) minutes = 0;
    if (minutes < 60) return t.get("sari.page.duration.minutes", minutes);
    if (minutes < 24 * 60) return t.get("sari.page.duration.hours", minutes / 60, minutes % 60);
    return t.get("sari.page.duration.days", minutes / (24 * 60), (minutes / 60) % 24);
  }

  public static String duration(Msg t, Duration d) {
    return duration(t, d.toMinutes());
  }

  /** One detector box as {@code class (87%)}. */
  public static String detection(Map<String, Object> d) {
    var cls = String.valueOf(d.getOrDefault("class", "?"));
    var conf = d.get("confidence");
    return conf instanceof Number n ? cls + " (" + percent(n) + ")" : cls;
  }

  /** Whether {@code value} stays within {@code max}; missing values are not judged. */
  public static boolean within(Number value, Number max) {
    return value == null || max == null || new BigDecimal(value.toString()).compareTo(new BigDecimal(max.toString())) <= 0;
  }
}
