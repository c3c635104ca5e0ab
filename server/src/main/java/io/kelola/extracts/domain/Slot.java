package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A storage slot as the slot board and the suggestions show it.
 *
 * @param capacity maximum units, null when unlimited
 * @param free capacity left, null when unlimited
 * @param latestExpiry latest expiry of the stock already in the slot, null when empty
 * @param lots lot numbers held in the slot
 */
public record Slot(String warehouse, String location, String zone, BigDecimal tempMin, BigDecimal tempMax,
    BigDecimal capacity, BigDecimal onHand, BigDecimal free, LocalDate latestExpiry, List<String> lots) {

  /** Used share of the capacity in percent (0 when unlimited). */
  public int usedPercent() {
    if (capacity == null || capacity.signum() == 0) return 0;
    return onHand.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
