package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of the QC specification of a material for a market. Versions are never changed: a
 * new version replaces the active one, and each job keeps the version it was judged by.
 *
 * @param refL reference colour (CIELAB) the sample's mean colour is compared with (ΔE2000)
 * @param minConfidence an AI measure below this confidence sends the job to a human
 */
public record QcSpec(@com.fasterxml.jackson.annotation.JsonIgnore long id, UUID uuid, String item, String itemName, String market, int version, BigDecimal refL,
    BigDecimal refA, BigDecimal refB, BigDecimal deMax, BigDecimal hazeMax, int particleMax, int minParticleArea,
    BigDecimal minConfidence, List<LabLimit> labLimits, List<String> checks, String method, boolean active,
    Instant createdAt) {

  /**
   * A lab value the supervisor enters by hand.
   *
   * @param min lowest passing value, null when unbounded
   * @param max highest passing value, null when unbounded
   */
  public record LabLimit(String code, String name, String unit, BigDecimal min, BigDecimal max, String method) {

    public boolean passes(BigDecimal value) {
      return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }
  }
}
