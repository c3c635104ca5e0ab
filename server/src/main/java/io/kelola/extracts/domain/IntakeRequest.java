package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot as the operator enters it at intake.
 *
 * @param uom unit {@code qty} is given in; blank means the material's base unit
 * @param market DOMESTIC or EXPORT: picks the QC spec
 * @param coa the supplier's certificate of analysis (PDF or image)
 * @param photos 1 to 10 sample photos (PNG or JPEG)
 */
public record IntakeRequest(String vendor, String item, BigDecimal qty, String uom, String supplierLot,
    LocalDate harvestDate, LocalDate expDate, BigDecimal intakeTemp, String market, Upload coa, List<Upload> photos) {

  /** An uploaded file: the name the client gave and its bytes (the type is read from the bytes). */
  public record Upload(String fileName, byte[] content) {}
}
