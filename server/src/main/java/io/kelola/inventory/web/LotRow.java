package io.kelola.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A lot with its item, supplier, dates, QC status and total on hand; {@code daysToExpiry} from today in WIB. */
public record LotRow(UUID uuid, String lotNo, String itemCode, String itemName, String uom, String supplierLot,
    String vendorCode, String vendorName, LocalDate mfgDate, LocalDate expDate, String status, String statusNote,
    BigDecimal onHand, Long daysToExpiry) {

  public boolean expired() { return daysToExpiry != null && daysToExpiry < 0; }

  public String mfgText() { return Quantities.date(mfgDate); }

  public String expText() { return Quantities.date(expDate); }

  public String onHandText() { return Quantities.format(onHand, uom); }
}
