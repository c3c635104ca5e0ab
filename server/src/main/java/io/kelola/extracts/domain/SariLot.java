package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SARI lot as the workflow sees it.
 *
 * @param stage QC, RELEASED, REJECTED, READY (released and slotted) or DISPATCHED
 * @param ownerUuid the operator who took it in: every event of the lot is scoped to them
 */
public record SariLot(long id, UUID uuid, String lotCode, UUID inventoryLot, String item, String itemName,
    String vendor, String vendorName, String market, BigDecimal qty, String uom, BigDecimal qtyBase, String baseUom,
    String supplierLot, LocalDate harvestDate, LocalDate expDate, BigDecimal intakeTemp, String warehouse,
    String receivingLocation, String slotLocation, String coaFileKey, String coaFileName, String stage,
    Instant stageAt, UUID ownerUuid, String ownerName, Instant createdAt) {

  public boolean ownedBy(UUID user) {
    return ownerUuid.equals(user);
  }

  /** Where the lot's stock is now. */
  public String currentLocation() {
    return slotLocation != null ? slotLocation : receivingLocation;
  }
}
