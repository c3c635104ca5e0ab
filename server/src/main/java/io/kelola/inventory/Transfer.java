package io.kelola.inventory;

import java.math.BigDecimal;

/** Stock moved between warehouses or locations (a TRANSFER move). */
public record Transfer(String item, String fromWarehouse, String fromLocation, String toWarehouse,
    String toLocation, String lotNo, BigDecimal qty, String uom, String reason, String note, String docType,
    String docRef) {}
