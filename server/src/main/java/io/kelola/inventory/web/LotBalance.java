package io.kelola.inventory.web;

import java.math.BigDecimal;

/** A balance of one lot in one place. */
public record LotBalance(String whCode, String locCode, BigDecimal onHand, BigDecimal reserved, String uom) {
  public String onHandText() { return Quantities.format(onHand, uom); }
  public String reservedText() { return Quantities.format(reserved, uom); }
}
