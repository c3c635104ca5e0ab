package io.kelola.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Event backbone settings ({@code kelola.events.*}); the defaults run out of the box.
 *
 * @param mode where events go after commit: {@code embedded} (in-process subscribers) or {@code nats}
 *     (JetStream, ADR 0008); setting {@code nats.url} also selects NATS
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
 * @param nats JetStream settings, used in NATS mode
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
    Duration cleanupInterval,
    Nats nats) {

  /** Delivery modes. */
  public enum Mode {
    /** In-process subscribers of this server. */
    EMBEDDED,
    /** Published to a NATS JetStream stream; every instance feeds its subscribers from it. */
    NATS
  }

  /**
   * JetStream settings ({@code kelola.events.nats.*}).
   *
   * @param url server URL(s), comma separated ({@code KELOLA_NATS_URL}); blank in embedded mode
   * @param stream stream holding every event, subjects {@code kelola.events.>}
   * @param duplicateWindow how long the server remembers {@code Nats-Msg-Id}s to drop republished rows
   * @param publishTimeout longest wait for a publish ack before the row is retried
   * @param reconnectBufferBytes bytes buffered while reconnecting (bounded)
   * @param maxOutageBackoff longest pause between publish attempts while NATS is unreachable
   * @param ackWait how long a work-queue message may stay unacknowledged before it is redelivered
   */
  public record Nats(String url, String stream, Duration duplicateWindow, Duration publishTimeout,
      long reconnectBufferBytes, Duration maxOutageBackoff, Duration ackWait) {

    public Nats {
      if (url == null) url = "";
      if (stream == null || stream.isBlank()) stream = "KELOLA_EVENTS";
      if (duplicateWindow == null || duplicateWindow.isNegative() || duplicateWindow.isZero()) duplicateWindow = Duration.ofMinutes(2);
      if (publishTimeout == null || publishTimeout.isNegative() || publishTimeout.isZero()) publishTimeout = Duration.ofSeconds(2);
      if (reconnectBufferBytes < 1) reconnectBufferBytes = 8L * 1024 * 1024;
      if (maxOutageBackoff == null || maxOutageBackoff.isNegative() || maxOutageBackoff.isZero()) maxOutageBackoff = Duration.ofSeconds(30);
      if (ackWait == null || ackWait.isNegative() || ackWait.isZero()) ackWait = Duration.ofSeconds(30);
    }
  }

  /** Whether events go through NATS: mode {@code nats}, or a NATS URL is configured. */
  public boolean natsEnabled() {
    return mode == Mode.NATS || !nats.url().isBlank();
  }

  @ConstructorBinding
  public EventsProperties {
    if (mode == null) mode = Mode.EMBEDDED;
    if (nats == null) nats = new Nats(null, null, null, null, 0, null, null);
    if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) pollInterval = Duration.ofSeconds(1);
    if (batchSize < 1) batchSize = 200;
    if (retention == null || retention.isNegative()) retention = Duration.ofHours(24);
    if (retentionMaxEvents < 1) retentionMaxEvents = 100_000;
    if (retryBackoff == null || retryBackoff.isNegative() || retryBackoff.isZero()) retryBackoff = Duration.ofSeconds(1);
    if (retryMaxBackoff == null || retryMaxBackoff.compareTo(retryBackoff) < 0) retryMaxBackoff = Duration.ofMinutes(5);
    if (maxAttempts < 1) maxAttempts = 10;
    if (cleanupInterval == null || cleanupInterval.isNegative() || cleanupInterval.isZero()) cleanupInterval = Duration.ofMinutes(1);
  }

  /** Settings without NATS (embedded mode). */
  public EventsProperties(Mode mode, Duration pollInterval, int batchSize, Duration retention, long retentionMaxEvents,
      Duration retryBackoff, Duration retryMaxBackoff, int maxAttempts, Duration cleanupInterval) {
    this(mode, pollInterval, batchSize, retention, retentionMaxEvents, retryBackoff, retryMaxBackoff, maxAttempts,
        cleanupInterval, null);
  }

  /** Wait before retry number {@code attempt} (1-based): exponential, capped. */
  public Duration backoff(int attempt) {
    var wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    return wait.compareTo(retryMaxBackoff) > 0 ? retryMaxBackoff : wait;
  }
}
