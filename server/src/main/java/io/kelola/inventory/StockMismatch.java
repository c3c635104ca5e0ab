package io.kelola.inventory;

import java.math.BigDecimal;

/**
 * A balance that disagrees with the ledger.
 *
 * @param kind ON_HAND (balance ≠ Σ moves) or RESERVED (balance ≠ Σ active reservations)
 */
public record StockMismatch(String kind, String item, String warehouse, String location, String lotNo,
    BigDecimal expected, BigDecimal actual) {}
