package io.kelola.factory.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A PPN rule: {@code rate} charged on a DPP (tax base) of {@code dppNumerator/dppDenominator} of the
 * net price. PPN is rounded half-up to whole rupiah.
 */
public record TaxCode(BigDecimal rate, BigDecimal dppNumerator, BigDecimal dppDenominator) {

  public TaxCode {
    if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("tax rate must be in [0, 1]");
    }
    if (dppNumerator == null || dppDenominator == null || dppNumerator.signum() < 0 || dppDenominator.signum() <= 0) {
      throw new IllegalArgumentException("DPP fraction must be non-negative over a positive denominator");
    }
  }

  /** The tax base of a net amount, to the cent. */
  public BigDecimal dpp(BigDecimal net) {
    return net.multiply(dppNumerator).divide(dppDenominator, 2, RoundingMode.HALF_UP);
  }

  /** PPN on a net amount: computed on the unrounded DPP, then rounded to whole rupiah. */
  public BigDecimal tax(BigDecimal net) {
    return net.multiply(dppNumerator).multiply(rate).divide(dppDenominator, 0, RoundingMode.HALF_UP)
        .setScale(2, RoundingMode.UNNECESSARY);
  }
}
