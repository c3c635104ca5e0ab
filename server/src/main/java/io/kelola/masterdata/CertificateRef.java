package io.kelola.masterdata;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate (halal, BPOM, CoA) of a vendor or item, as other modules see it. */
public record CertificateRef(UUID uuid, String type, String number, String issuer, LocalDate validFrom,
    LocalDate validTo) {}
