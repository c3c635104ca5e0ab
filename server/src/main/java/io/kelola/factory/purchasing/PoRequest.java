package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as the buyer writes it (create or edit of a draft).
 *
 * @param orderDate defaults to today (WIB)
 * @param warehouse code of the warehouse the goods are received into
 */
public record PoRequest(String vendor, LocalDate orderDate, LocalDate expectedDate, String warehouse, String notes,
    List<Line> lines) {

  /**
   * @param unitPrice defaults to the item's standard cost
   * @param taxCode defaults to {@code kelola.factory.default-tax-code}
   */
  public record Line(String item, BigDecimal qty, BigDecimal unitPrice, String taxCode) {}
}
