package io.kelola.factory.finance.web;

import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Form fields as typed on a tablet: money with Indonesian grouping ({@code 1.250.000,50}), ISO dates. */
final class FormValues {

  private FormValues() {}

  /** Null when blank; accepts {@code Rp}, spaces, dot grouping and a decimal comma. */
  static BigDecimal money(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    var s = raw.strip().replaceFirst("^(?i)rp\\.?", "").replace(" ", "").replace("\u00a0", "");
    if (s.contains(",")) s = s.replace(".", "").replace(',', '.');
    else if (s.matches("\\d{1,3}(\\.\\d{3})+")) s = s.replace(".", "");
    if (!s.matches("-?\\d{1,18}(\\.\\d+)?")) throw BusinessRuleException.invalid(field, "factory.fin.amount.format");
    return new BigDecimal(s);
  }

  static LocalDate date(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "factory.fin.filter.date");
    }
  }

  static String plain(String s) {
    return s == null ? "" : s;
  }
}
