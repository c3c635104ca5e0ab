package io.kelola.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Event backbone settings ({@code kelola.events.*}); the defaults run out of the box.
 *
 * @param mode where events go after commit; only {@code embedded} (in-process subscribers) so far
 * @param pollInterval how often the relay looks for rows a commit nudge did not deliver (crash, other
 *     instance)
 * @param batchSize rows read per relay round
 * @param retention how long delivered rows stay (the realtime replay window relies on it)
 * @param retentionMaxEvents most delivered rows kept, whatever their age
 * @param retryBackoff wait before the first retry of a failed delivery; doubles per attempt
 * @param retryMaxBackoff longest wait between retries
 * @param maxAttempts deliveries tried before an event is given up for the failing subscriber, so
 *     one broken subscriber cannot hold a resource's events forever
 * @param cleanupInterval how often retention runs
 */
@ConfigurationProperties("kelola.events")
public record EventsProperties(
    Mode mode,
    Duration pollInterval,
    int batchSize,
    Duration retention,
    long retentionMaxEvents,
    Duration retryBackoff,
    Duration retryMaxBackoff,
    int maxAttempts,
    Duration cleanupInterval) {

  /** Delivery modes. */
  public enum Mode {
    /** In-process subscribers of this server. */
    EMBEDDED
  }

  public EventsProperties {
    if (mode == null) mode = Mode.EMBEDDED;
    if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) pollInterval = Duration.ofSeconds(1);
    if (batchSize < 1) batchSize = 200;
    if (retention == null || retention.isNegative()) retention = Duration.ofHours(24);
    if (retentionMaxEvents < 1) retentionMaxEvents = 100_000;
    if (retryBackoff == null || retryBackoff.isNegative() || retryBackoff.isZero()) retryBackoff = Duration.ofSeconds(1);
    if (retryMaxBackoff == null || retryMaxBackoff.compareTo(retryBackoff) < 0) retryMaxBackoff = Duration.ofMinutes(5);
    if (maxAttempts < 1) maxAttempts = 10;
    if (cleanupInterval == null || cleanupInterval.isNegative() || cleanupInterval.isZero()) cleanupInterval = Duration.ofMinutes(1);
  }

  /** Wait before retry number {@code attempt} (1-based): exponential, capped. */
  Duration backoff(int attempt) {
    var wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    return wait.compareTo(retryMaxBackoff) > 0 ? retryMaxBackoff : wait;
  }
}
