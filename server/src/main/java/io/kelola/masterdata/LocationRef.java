package io.kelola.masterdata;

import java.math.BigDecimal;

/**
 * An active storage location inside a warehouse.
 *
 * @param kind STORAGE, QUARANTINE or REJECT: stock that may not be used only waits in the last two
 * @param capacityUnits maximum quantity held, null when unlimited
 */
public record LocationRef(long id, long warehouseId, String warehouseCode, String code, String kind,
    BigDecimal tempMin, BigDecimal tempMax, BigDecimal capacityUnits) {

  public boolean holdsUnusableStock() {
    return !"STORAGE".equals(kind);
  }
}
