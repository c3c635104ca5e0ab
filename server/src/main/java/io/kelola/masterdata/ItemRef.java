package io.kelola.masterdata;

import java.math.BigDecimal;

/**
 * What other modules need to know about an active item. {@code id} is the internal key for their
 * foreign keys (seed 002 §1.4); it never leaves the server.
 *
 * @param uom the base unit every stock quantity of this item is kept in
 * @param tempMin lowest storage temperature in °C, null when not required
 * @param shelfDays shelf life in days, null when not defined
 */
public record ItemRef(long id, String code, String name, String category, String uom, boolean lotTracked,
    boolean expiryTracked, BigDecimal tempMin, BigDecimal tempMax, Integer shelfDays, BigDecimal reorderPoint) {}
