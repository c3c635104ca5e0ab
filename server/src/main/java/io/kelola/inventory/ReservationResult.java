package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.List;

/** What one reservation request produced: a row per balance it drew from. */
public record ReservationResult(List<ReservationView> reservations, BigDecimal reserved, BigDecimal qtyShort) {}
