package io.kelola.extracts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SARI settings ({@code kelola.extracts.*}).
 *
 * @param warehouse cold store lots are received into
 * @param receivingLocation quarantine location inside {@code warehouse} where intake lands
 * @param rejectLocation location rejected lots are moved to
 * @param rejectClasses detector classes that fail a sample when found with confidence
 * @param borderline a measure within this fraction of its limit (e.g. 0.1 = last 10 %) goes to review
 * @param stageSla how long a lot may stay in a stage before it counts as an SLA breach
 * @param workers inspection threads of this instance; 0 leaves inspection to other instances
 * @param pollInterval how often an idle worker looks for PENDING jobs it was not woken for
 */
@ConfigurationProperties("kelola.extracts")
public record ExtractsProperties(String warehouse, String receivingLocation, String rejectLocation,
    List<String> rejectClasses, BigDecimal borderline, Map<String, Duration> stageSla, Integer workers,
    Duration pollInterval) {

  public ExtractsProperties {
    if (warehouse == null || warehouse.isBlank()) warehouse = "WH-CS1";
    if (receivingLocation == null || receivingLocation.isBlank()) receivingLocation = "QUAR-01";
    if (rejectLocation == null || rejectLocation.isBlank()) rejectLocation = "REJ-01";
    if (rejectClasses == null) rejectClasses = List.of("foreign_matter");
    if (borderline == null) borderline = new BigDecimal("0.10");
    if (borderline.signum() < 0 || borderline.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("kelola.extracts.borderline must be in [0, 1)");
    }
    var sla = new java.util.LinkedHashMap<String, Duration>(Map.of(
        "QC", Duration.ofHours(24), "RELEASED", Duration.ofHours(4), "READY", Duration.ofDays(14)));
    if (stageSla != null) sla.putAll(stageSla);
    stageSla = Map.copyOf(sla);
    if (workers == null) workers = 1;
    if (workers < 0 || workers > 16) throw new IllegalArgumentException("kelola.extracts.workers must be 0..16");
    if (pollInterval == null) pollInterval = Duration.ofSeconds(5);
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("kelola.extracts.poll-interval must be positive");
    }
  }

  /** The SLA of a stage; stages without one never breach. */
  public Duration slaOf(String stage) {
    return stageSla.get(stage);
  }
}
