package io.kelola.extracts.domain;

import java.math.BigDecimal;

/**
 * A new dispatch.
 *
 * @param destination PRODUCTION or CUSTOMER
 * @param customer customer code, required for CUSTOMER
 * @param qty in the material's base unit
 * @param tempC temperature at loading, recorded as the first reading
 */
public record DispatchRequest(String lot, String destination, String customer, BigDecimal qty, BigDecimal tempC,
    String note) {}
