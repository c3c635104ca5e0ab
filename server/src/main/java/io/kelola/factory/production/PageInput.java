package io.kelola.factory.production;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** Form text to values for the production pages; unreadable input is a 400 on its field. */
final class PageInput {

  private PageInput() {}

  /** People type Indonesian decimals ("12,5") or dots; blank is null. Thousands dots are not accepted. */
  static BigDecimal decimal(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid(field, "factory.wo.field.number");
    }
  }

  static Integer integer(String field, String text) {
    var d = decimal(field, text);
    if (d == null) return null;
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw BusinessRuleException.invalid(field, "factory.wo.field.number");
    }
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "factory.wo.field.date");
    }
  }

  static boolean can(String permission) {
    return CurrentUser.get().map(p -> p.can(permission)).orElse(false);
  }

  static void status(HttpServletResponse response, BusinessRuleException e) {
    response.setStatus(e.status() == HttpStatus.CONFLICT ? 409 : e.status() == HttpStatus.NOT_FOUND ? 404 : 400);
  }

  static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
