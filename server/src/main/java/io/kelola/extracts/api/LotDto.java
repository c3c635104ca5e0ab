package io.kelola.extracts.api;

import io.kelola.extracts.domain.SariLot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A SARI lot as API clients see it (no internal ids). */
record LotDto(UUID uuid, String lotCode, UUID inventoryLot, String item, String itemName, String vendor,
    String vendorName, String market, BigDecimal qty, String uom, BigDecimal qtyBase, String baseUom,
    String supplierLot, LocalDate harvestDate, LocalDate expDate, BigDecimal intakeTemp, String warehouse,
    String location, String stage, Instant stageAt, UUID owner, String ownerName, Instant createdAt,
    boolean hasSupplierCoa) {

  static LotDto of(SariLot l) {
    return new LotDto(l.uuid(), l.lotCode(), l.inventoryLot(), l.item(), l.itemName(), l.vendor(), l.vendorName(),
        l.market(), l.qty(), l.uom(), l.qtyBase(), l.baseUom(), l.supplierLot(), l.harvestDate(), l.expDate(),
        l.intakeTemp(), l.warehouse(), l.currentLocation(), l.stage(), l.stageAt(), l.ownerUuid(), l.ownerName(),
        l.createdAt(), l.coaFileKey() != null);
  }
}
