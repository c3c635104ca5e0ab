package io.kelola.inventory.domain;

/** One balance row of {@code t_inv}: item × warehouse × location × lot (location and lot optional). */
record BalanceKey(long itemId, long warehouseId, Long locationId, Long lotId) {}
