package io.kelola.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods coming in (an IN move). For a lot-tracked item {@code lotNo} is required; a new lot is
 * registered in QUARANTINE with the supplier lot, vendor and dates given here.
 *
 * @param location optional storage location code inside the warehouse
 * @param uom unit {@code qty} is given in; null means the item's base unit
 * @param expDate required for expiry-tracked items unless it can be derived from the shelf life
 */
public record Receipt(String item, String warehouse, String location, BigDecimal qty, String uom, String lotNo,
    String supplierLot, String vendor, LocalDate mfgDate, LocalDate expDate, String reason, String note,
    String docType, String docRef) {}
