package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dispatch of a ready lot to production or to a customer, with its temperature readings.
 *
 * @param status CREATED (stock reserved), IN_TRANSIT (stock issued), DELIVERED, CANCELLED
 */
public record Dispatch(@com.fasterxml.jackson.annotation.JsonIgnore long id, UUID uuid, String dispatchNo, String lotCode, String item, String destination,
    String customer, String customerName, BigDecimal qty, String uom, String status, String note, Instant createdAt,
    List<Reading> readings) {

  /** A temperature reading on the way; {@code inRange} against the material's storage range. */
  public record Reading(Instant at, BigDecimal tempC, boolean inRange, String note) {}

  public boolean excursion() {
    return readings.stream().anyMatch(r -> !r.inRange());
  }
}
