package io.kelola.extracts.web;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shared bits of the slot, dispatch, dashboard and spec pages: numbers as Indonesian readers write
 * them, decimals typed with a comma, and whether a request wants only the live-refreshed part.
 */
public final class BoardValues {

  private BoardValues() {}

  /** {@code 1.234,5}; trailing zero decimals dropped; null as empty. */
  public static String qty(BigDecimal qty) {
    return Formats.quantity(qty);
  }

  /** One decimal place, comma separated: hours of ageing. */
  public static String hours(double h) {
    return qty(BigDecimal.valueOf(h).setScale(1, RoundingMode.HALF_UP));
  }

  /** A temperature range {@code 2…8 °C}; an open end as a dash. */
  public static String range(BigDecimal min, BigDecimal max) {
    if (min == null && max == null) return "";
    return (min == null ? "–" : qty(min)) + "…" + (max == null ? "–" : qty(max)) + " °C";
  }

  /**
   * A decimal typed by a person ("12,5" or "12.5"); blank is null. Unreadable text is refused on
   * {@code field} so the form re-renders with the message next to it.
   */
  static BigDecimal decimal(String field, String text) {
    if (text == null || text.isBlank()) return null;
    var s = text.strip().replace(" ", "");
    // "1.234,5": dots group thousands when a comma marks the decimals
    if (s.indexOf(',') >= 0) s = s.replace(".", "").replace(',', '.');
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid(field, "sari.page.input.decimal");
    }
  }

  static Integer integer(String field, String text) {
    var d = decimal(field, text);
    if (d == null) return null;
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw BusinessRuleException.invalid(field, "sari.page.input.integer");
    }
  }

  static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  /** htmx asks for the live part only; history restores and boosted navigations need the full page. */
  static boolean partOnly(HttpServletRequest request) {
    return Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }
}
