package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Goods received against a PO.
 *
 * @param recvDate defaults to today (WIB)
 * @param vendorDoc the vendor's delivery note number
 */
public record ReceiptRequest(LocalDate recvDate, String vendorDoc, String notes, List<Line> lines) {

  /**
   * @param lineNo the PO line received
   * @param lotNo required for lot-tracked items
   * @param expDate required for expiry-tracked items
   */
  public record Line(Integer lineNo, BigDecimal qty, String lotNo, LocalDate expDate) {}
}
