package io.kelola.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stock line: a balance (item × warehouse × location × lot) or, in the summary view, the sum of
 * an item's balances in one warehouse (location and lot then null). Status: OVERSOLD when reserved
 * exceeds on hand, LOW when available is under the item's reorder point, else OK.
 */
public record StockRow(String itemCode, String itemName, String category, String uom, String whCode, String locCode,
    String lotNo, UUID lotUuid, String lotStatus, LocalDate expDate, BigDecimal onHand, BigDecimal reserved,
    BigDecimal available, BigDecimal reorderPoint, String status) {

  public String expText() { return Quantities.date(expDate); }
  public String onHandText() { return Quantities.format(onHand, uom); }
  public String reservedText() { return Quantities.format(reserved, uom); }
  public String availableText() { return Quantities.format(available, uom); }
}
