package io.kelola.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV lines (CRLF, fields quoted when needed, quotes doubled), safe to open in Excel. */
final class Csv {

  private Csv() {}

  static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) out.write(',');
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) return "";
    var v = defuse(value);
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /**
   * A cell starting with {@code = + - @} (or tab/CR) would run as a formula in a spreadsheet; audit
   * values partly come from user input, so such a value is prefixed with an apostrophe (OWASP).
   */
  static String defuse(String value) {
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
  }
}
