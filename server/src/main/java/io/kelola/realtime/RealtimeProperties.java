package io.kelola.realtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Realtime hub settings ({@code kelola.realtime.*}); the defaults (the seed 000 filter table) run out
 * of the box, and later modules extend the role map for their roles.
 *
 * @param roleSubjects subject patterns ({@code lot.>}, {@code qc.job.failed}) each role may receive;
 *     a role not listed receives nothing
 * @param ownerScopedRoles roles that only receive events whose owner is the caller
 * @param queueSize events buffered per client before it is dropped as a slow client
 * @param heartbeat how often an idle stream gets a comment line and its session is re-checked
 * @param replayMaxEvents most events replayed after a reconnect; further behind means resync
 * @param sessionCheck how often the sessions of all open streams are re-checked together (a revoked
 *     or expired session ends its stream within this time)
 */
@ConfigurationProperties("kelola.realtime")
public record RealtimeProperties(
    Map<String, List<String>> roleSubjects,
    Set<String> ownerScopedRoles,
    int queueSize,
    Duration heartbeat,
    int replayMaxEvents,
    Duration sessionCheck) {

  /** Seed 000 role / owner filter table. */
  static final Map<String, List<String>> SEED_ROLE_SUBJECTS = Map.of(
      "OPERATOR", List.of("lot.>", "warehouse.slot_assigned", "qc.job.failed", "qc.job.completed", "dispatch.>"),
      "QC_SUPERVISOR", List.of("lot.>", "qc.>"),
      "WAREHOUSE_STAFF", List.of("lot.>", "warehouse.>", "qc.job.approved", "qc.job.completed", "dispatch.>"),
      "MANAGER", List.of(">"),
      "ADMIN", List.of(">"));

  public RealtimeProperties {
    roleSubjects = roleSubjects == null || roleSubjects.isEmpty() ? SEED_ROLE_SUBJECTS : Map.copyOf(roleSubjects);
    ownerScopedRoles = ownerScopedRoles == null ? Set.of("OPERATOR") : Set.copyOf(ownerScopedRoles);
    if (queueSize < 1) queueSize = 256;
    if (heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()) heartbeat = Duration.ofSeconds(20);
    if (replayMaxEvents < 1) replayMaxEvents = 5_000;
    if (sessionCheck == null || sessionCheck.isNegative() || sessionCheck.isZero()) sessionCheck = Duration.ofSeconds(1);
  }
}
