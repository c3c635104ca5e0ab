package io.kelola.factory.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery order for an approved sales order. Without lines it takes everything still open on
 * the order.
 *
 * @param driver employee code, optional
 */
public record DeliveryRequest(String salesOrder, String driver, String vehicleNo, LocalDate shipDate,
    LocalDate etaDate, String notes, List<Line> lines) {

  /** @param lineNo the sales order line */
  public record Line(Integer lineNo, BigDecimal qty) {}
}
