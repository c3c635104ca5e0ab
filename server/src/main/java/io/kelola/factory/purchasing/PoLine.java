package io.kelola.factory.purchasing;

import java.math.BigDecimal;

/** One line of a purchase order with what has been received of it. */
public record PoLine(int lineNo, String item, String itemName, String uom, boolean lotTracked, boolean expiryTracked,
    BigDecimal qty, BigDecimal unitPrice, String taxCode, BigDecimal lineAmt, BigDecimal qtyReceived) {

  /** What may still be received. */
  public BigDecimal remaining() {
    return qty.subtract(qtyReceived);
  }
}
