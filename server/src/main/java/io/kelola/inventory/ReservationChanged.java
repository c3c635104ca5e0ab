package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of {@code inventory.reservation_changed}: a reservation was made, released or issued. */
public record ReservationChanged(UUID uuid, String status, String item, String warehouse, BigDecimal qty,
    BigDecimal qtyShort, String docType, String docRef) {}
