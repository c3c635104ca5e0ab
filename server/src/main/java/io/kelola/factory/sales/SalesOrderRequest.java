package io.kelola.factory.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order as typed by a person (create or edit). Omitted values take defaults: order date
 * today (WIB), the configured sales warehouse, no discount, the item's sell price and the default
 * tax code.
 */
public record SalesOrderRequest(String customer, LocalDate orderDate, LocalDate deadline, String warehouse,
    BigDecimal discPct, String notes, List<Line> lines) {

  /** One ordered item. */
  public record Line(String item, BigDecimal qty, BigDecimal unitPrice, BigDecimal discPct, String taxCode) {}
}
