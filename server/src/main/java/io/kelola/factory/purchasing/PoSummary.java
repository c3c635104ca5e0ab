package io.kelola.factory.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase order as lists show it; totals before PPN ({@code total}), PPN and grand total. */
public record PoSummary(UUID uuid, String poNo, String vendor, String vendorName, String warehouse,
    LocalDate orderDate, LocalDate expectedDate, BigDecimal total, BigDecimal tax, BigDecimal grand, String status,
    Instant createdAt, String createdBy) {}
