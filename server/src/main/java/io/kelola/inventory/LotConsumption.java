package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Genealogy: {@code qty} of the input lot went into the output lot, for a document.
 *
 * @param issueFromWarehouse optional: also issue {@code qty} of the input lot from this warehouse
 *     (and {@code issueFromLocation}, when given) in the same transaction
 */
public record LotConsumption(UUID outputLot, UUID inputLot, BigDecimal qty, String docType, String docRef,
    String issueFromWarehouse, String issueFromLocation) {

  /** A link only, no stock issued. */
  public LotConsumption(UUID outputLot, UUID inputLot, BigDecimal qty, String docType, String docRef) {
    this(outputLot, inputLot, qty, docType, docRef, null, null);
  }
}
