package io.kelola.shared.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 CSV for every download (CRLF, fields quoted when needed, quotes doubled), safe to open in
 * Excel: text starting with {@code = + - @} (or tab/CR) would run as a formula, so it gets a leading
 * apostrophe (OWASP CSV injection); numbers such as {@code -5} stay numbers.
 */
public final class CsvCells {

  /** The characters a spreadsheet may read as the start of a formula. */
  public static final String FORMULA_START = "=+-@\t\r";

  private CsvCells() {}

  /** One line of fields, ending in CRLF; null fields are empty. */
  public static String line(List<String> fields) {
    var sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(',');
      sb.append(field(fields.get(i)));
    }
    return sb.append("\r\n").toString();
  }

  public static String field(String value) {
    if (value == null || value.isEmpty()) return "";
    var v = defuse(value);
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** The apostrophe guard alone (for cells written without CSV quoting). */
  public static String defuse(String value) {
    if (value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 || isNumber(value)) return value;
    return "'" + value;
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
