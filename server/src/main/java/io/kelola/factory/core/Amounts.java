package io.kelola.factory.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic of documents, rounded once per line and once per document, half-up to the cent. */
public final class Amounts {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private Amounts() {}

  /** qty × unit price × (1 − disc %), rounded to the cent. */
  public static BigDecimal line(BigDecimal qty, BigDecimal unitPrice, BigDecimal discPct) {
    var disc = discPct == null ? BigDecimal.ZERO : discPct;
    return qty.multiply(unitPrice).multiply(HUNDRED.subtract(disc)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** An amount less a header discount %, rounded to the cent. */
  public static BigDecimal discounted(BigDecimal amount, BigDecimal discPct) {
    if (discPct == null || discPct.signum() == 0) return amount.setScale(2, RoundingMode.HALF_UP);
    return amount.multiply(HUNDRED.subtract(discPct)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** {@code part} of {@code whole} as {@code amount}'s share, rounded to the cent (for partial deliveries). */
  public static BigDecimal share(BigDecimal amount, BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) return BigDecimal.ZERO.setScale(2);
    return amount.multiply(part).divide(whole, 2, RoundingMode.HALF_UP);
  }
}
