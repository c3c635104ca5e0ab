package io.kelola.inventory.web;

import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One ledger move. {@code signedQty} is the quantity seen from the filtered warehouse (+ in, − out,
 * null when no warehouse is filtered or the move stays inside it).
 */
public record MoveRow(UUID uuid, Instant at, String type, String itemCode, String itemName, String uom, String lotNo,
    UUID lotUuid, String whFrom, String locFrom, String whTo, String locTo, BigDecimal qty, BigDecimal signedQty,
    String reason, String docType, String docRef, String note, String username, String custCode, String custName) {

  public String atText() { return Formats.wibDateTime(at); }

  public String qtyText() {
    if (signedQty == null) return Quantities.format(qty, uom);
    return (signedQty.signum() > 0 ? "+" : "") + Quantities.format(signedQty, uom);
  }

  public String fromText() { return side(whFrom, locFrom); }

  public String toText() { return side(whTo, locTo); }

  private static String side(String wh, String loc) {
    if (wh == null) return "";
    return loc == null ? wh : wh + " / " + loc;
  }
}
