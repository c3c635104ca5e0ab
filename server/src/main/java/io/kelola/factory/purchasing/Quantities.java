package io.kelola.factory.purchasing;

import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;

/** Quantities as the tables keep them: positive, at most four decimals, inside NUMERIC(18,4). */
final class Quantities {

  private static final BigDecimal MAX = new BigDecimal("100000000000000");

  private Quantities() {}

  static BigDecimal positive(String field, BigDecimal qty) {
    if (qty == null) throw BusinessRuleException.invalid(field, "factory.po.qty.required");
    if (qty.signum() <= 0 || qty.stripTrailingZeros().scale() > 4 || qty.compareTo(MAX) >= 0) {
      throw BusinessRuleException.invalid(field, "factory.po.qty.invalid");
    }
    return qty.setScale(4, java.math.RoundingMode.UNNECESSARY);
  }
}
