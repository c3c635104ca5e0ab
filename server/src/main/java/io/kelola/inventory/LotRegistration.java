package io.kelola.inventory;

import java.time.LocalDate;

/** A new lot of a lot-tracked item; it starts in QUARANTINE. */
public record LotRegistration(String item, String lotNo, String supplierLot, String vendor, LocalDate mfgDate,
    LocalDate expDate) {}
