package io.kelola.inventory;

import java.math.BigDecimal;

/**
 * A stock correction (an ADJUST move). Exactly one of {@code delta} (signed change) and {@code
 * counted} (the quantity physically found) is given.
 *
 * @param reason one of {@link AdjustmentReason}
 */
public record Adjustment(String item, String warehouse, String location, String lotNo, BigDecimal delta,
    BigDecimal counted, String uom, String reason, String note, String docType, String docRef) {}
