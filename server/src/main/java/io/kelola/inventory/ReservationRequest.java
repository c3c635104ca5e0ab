package io.kelola.inventory;

import java.math.BigDecimal;

/**
 * Stock to hold for a document. Allocated earliest expiry first from released (or lot-less)
 * balances, possibly over several balance rows.
 *
 * @param allowBackorder when true the part stock cannot cover is recorded as short instead of refused
 * @param lotNo optional: reserve only from this lot
 * @param location optional: reserve only from this location
 */
public record ReservationRequest(String item, String warehouse, BigDecimal qty, String uom, String docType,
    String docRef, Boolean allowBackorder, String lotNo, String location) {

  public boolean backorderAllowed() {
    return Boolean.TRUE.equals(allowBackorder);
  }
}
