package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One reservation row: a quantity held on one balance (warehouse, location, lot), plus an
 * uncovered backorder part.
 *
 * @param status ACTIVE, RELEASED or ISSUED
 */
public record ReservationView(UUID uuid, String status, String item, String warehouse, String location,
    String lotNo, BigDecimal qty, BigDecimal qtyShort, String docType, String docRef) {}
