package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/** Genealogy: {@code qty} of the input lot went into the output lot, for a document. */
public record LotConsumption(UUID outputLot, UUID inputLot, BigDecimal qty, String docType, String docRef) {}
