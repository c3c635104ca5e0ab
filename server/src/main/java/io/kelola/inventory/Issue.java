package io.kelola.inventory;

import java.math.BigDecimal;

/**
 * Goods going out (an OUT move) from available stock.
 *
 * @param customer optional customer code: the issue is a shipment to that customer (recall trace)
 */
public record Issue(String item, String warehouse, String location, String lotNo, BigDecimal qty, String uom,
    String customer, String reason, String note, String docType, String docRef) {}
