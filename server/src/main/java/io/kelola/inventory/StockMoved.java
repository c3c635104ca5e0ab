package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One recorded move, as returned by the API and published as {@code inventory.moved}.
 *
 * @param qty quantity in the item's base unit {@code uom}
 */
public record StockMoved(UUID uuid, String type, String item, String lotNo, String fromWarehouse,
    String fromLocation, String toWarehouse, String toLocation, BigDecimal qty, String uom, String reason,
    String docType, String docRef) {}
