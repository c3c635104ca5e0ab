package io.kelola.factory.purchasing.web;

import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Numbers and dates as people type them in forms: {@code 1.000,5} or {@code 1000.5}; dates ISO. */
final class FormNumbers {

  private FormNumbers() {}

  static BigDecimal decimal(String field, String raw) {
    if (raw == null || raw.isBlank()) return null;
    var s = raw.strip().replace(" ", "");
    if (s.contains(",")) s = s.replace(".", "").replace(",", ".");
    if (s.length() > 30 || !s.matches("-?\\d+(\\.\\d+)?")) {
      throw BusinessRuleException.invalid(field, "factory.po.page.number");
    }
    return new BigDecimal(s);
  }

  static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "factory.po.page.date");
    }
  }

  static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
