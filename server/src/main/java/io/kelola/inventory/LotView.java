package io.kelola.inventory;

import java.time.LocalDate;
import java.util.UUID;

/** A lot as other modules and API clients see it. */
public record LotView(UUID uuid, String item, String lotNo, String supplierLot, String vendor, LocalDate mfgDate,
    LocalDate expDate, String status, String statusNote) {}
