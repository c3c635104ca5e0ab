package io.kelola.factory.finance;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** Checks shared by payments and cash transactions: amounts, dates and free texts. */
final class FinanceInput {

  /** NUMERIC(18,2) holds 16 integer digits; refuse earlier with a message instead of a database error. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private FinanceInput() {}

  static BigDecimal amount(BigDecimal amount, String field) {
    if (amount == null) throw BusinessRuleException.invalid(field, "factory.fin.amount.required");
    if (amount.signum() <= 0) throw BusinessRuleException.invalid(field, "factory.fin.amount.positive");
    if (amount.stripTrailingZeros().scale() > 2) throw BusinessRuleException.invalid(field, "factory.fin.amount.scale");
    if (amount.compareTo(MAX_AMOUNT) > 0) throw BusinessRuleException.invalid(field, "factory.fin.amount.tooLarge");
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  /** Today (WIB) when absent; never in the future, never absurdly old. */
  static LocalDate date(LocalDate date, Clock clock, String field) {
    var today = today(clock);
    if (date == null) return today;
    if (date.isAfter(today)) throw BusinessRuleException.invalid(field, "factory.fin.date.future");
    if (date.isBefore(EARLIEST)) throw BusinessRuleException.invalid(field, "factory.fin.date.tooOld");
    return date;
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), Formats.WIB);
  }

  /** Stripped, blank as null, single line unless {@code multiline}, at most {@code max} characters. */
  static String text(String value, int max, String field, boolean multiline) {
    if (value == null) return null;
    var s = value.strip();
    if (s.isEmpty()) return null;
    if (s.length() > max) throw BusinessRuleException.invalid(field, "factory.fin.text.tooLong", max);
    boolean bad = s.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    if (bad) throw BusinessRuleException.invalid(field, "factory.fin.text.control");
    return s;
  }

  /** An account code: the configured default when absent. */
  static String accountCode(String code, String fallback, String field) {
    var s = text(code, 30, field, false);
    return s == null ? fallback : s.toUpperCase(java.util.Locale.ROOT);
  }
}
