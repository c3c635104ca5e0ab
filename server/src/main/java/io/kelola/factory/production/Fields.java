package io.kelola.factory.production;

import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Input checks shared by work orders, shift logs and maintenance: every refusal is a 400 on its field. */
final class Fields {

  static final BigDecimal MAX_QTY = new BigDecimal("1000000000000");

  private Fields() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Stripped text, null when blank; refused when required and blank or longer than {@code max}. */
  static String text(String field, String value, int max, boolean required) {
    if (blank(value)) {
      if (required) throw BusinessRuleException.invalid(field, "factory.wo.field.required");
      return null;
    }
    var s = value.strip();
    if (s.length() > max) throw BusinessRuleException.invalid(field, "factory.wo.field.tooLong", max);
    return s;
  }

  /** A quantity > 0 (or ≥ 0 when {@code zeroOk}), at most 10¹², at most {@code scale} decimals. */
  static BigDecimal qty(String field, BigDecimal value, boolean zeroOk, int scale) {
    if (value == null) throw BusinessRuleException.invalid(field, "factory.wo.field.required");
    if (value.signum() < 0 || (!zeroOk && value.signum() == 0) || value.compareTo(MAX_QTY) > 0
        || value.stripTrailingZeros().scale() > scale) {
      throw BusinessRuleException.invalid(field, zeroOk ? "factory.wo.field.notNegative" : "factory.wo.field.positive");
    }
    return value;
  }

  static BigDecimal zeroIfNull(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  static LocalDate required(String field, LocalDate value) {
    if (value == null) throw BusinessRuleException.invalid(field, "factory.wo.field.required");
    return value;
  }

  static LocalDate notFuture(String field, LocalDate value, LocalDate today) {
    required(field, value);
    if (value.isAfter(today)) throw BusinessRuleException.invalid(field, "factory.wo.field.future");
    if (value.isBefore(today.minusYears(5))) throw BusinessRuleException.invalid(field, "factory.wo.field.tooOld");
    return value;
  }
}
