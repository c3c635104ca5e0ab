package io.kelola.events;

import io.kelola.events.nats.JetStreamPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers committed outbox rows to the in-process subscribers (embedded mode) or publishes them to
 * JetStream (NATS mode, ADR 0008), strictly in id
 * order, one relaying instance per database at a time (a PostgreSQL advisory lock). Runs on its own
 * single thread, woken right after a publishing commit and by a periodic poll that also picks up rows a
 * crash left behind and applies retention.
 */
@Component
class OutboxRelay implements SmartLifecycle {

  /** Advisory-lock namespace of the event backbone ("kelo"). */
  static final int LOCK_NAMESPACE = 0x6b656c6f;

  private static final int RELAY_LOCK = 1;
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxRepository outbox;
  private final DataSource dataSource;
  private final List<EventSubscriber> subscribers;
  private final EventsProperties props;
  private final Clock clock;
  private final MeterRegistry meters;
  private final AtomicBoolean nudged = new AtomicBoolean();
  private final Map<String, Counter> failures = new HashMap<>();
  private volatile ScheduledExecutorService worker;
  private volatile Instant lastCleanup = Instant.EPOCH;
  private final JetStreamPublisher jetStream;
  private int outageRounds;
  private long pausedUntilNanos;

  OutboxRelay(OutboxRepository outbox, DataSource dataSource, List<EventSubscriber> subscribers,
      EventsProperties props, Clock clock, MeterRegistry meters) {
    this(outbox, dataSource, subscribers, props, clock, meters, (JetStreamPublisher) null);
  }

  @Autowired
  OutboxRelay(OutboxRepository outbox, DataSource dataSource, List<EventSubscriber> subscribers,
      EventsProperties props, Clock clock, MeterRegistry meters, ObjectProvider<JetStreamPublisher> jetStream) {
    this(outbox, dataSource, subscribers, props, clock, meters, jetStream == null ? null : jetStream.getIfAvailable());
  }

  private OutboxRelay(OutboxRepository outbox, DataSource dataSource, List<EventSubscriber> subscribers,
      EventsProperties props, Clock clock, MeterRegistry meters, JetStreamPublisher jetStream) {
    this.jetStream = jetStream;
    this.outbox = outbox;
    this.dataSource = dataSource;
    this.subscribers = List.copyOf(subscribers);
    this.props = props;
    this.clock = clock;
    this.meters = meters;
    var names = new HashSet<String>();
    for (var s : this.subscribers) {
      if (!names.add(s.name())) throw new IllegalStateException("Two event subscribers are named " + s.name());
      failures.put(s.name(), Counter.builder("kelola.events.delivery.failures")
          .description("Event deliveries a subscriber failed (each is retried)")
          .tag("subscriber", s.name()).register(meters));
    }
  }

  /** Asks the worker for a round soon; calls while one is already queued coalesce. */
  void nudge() {
    var w = worker;
    if (w != null && nudged.compareAndSet(false, true)) {
      try {
        w.execute(() -> {
          nudged.set(false);
          roundSafely();
        });
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        nudged.set(false);
      }
    }
  }

  /**
   * One relay round: when this instance gets the relay lock, delivers pending rows batch by batch
   * until none is left, then applies retention if it is due.
   *
   * @return rows marked delivered, or -1 when another instance holds the lock
   */
  int relayOnce() throws SQLException {
    try (Connection lockConnection = dataSource.getConnection()) {
      if (!tryLock(lockConnection)) return -1;
      try {
        int total = 0;
        long after = 0; // rows a batch held back wait for the next round, which starts from the beginning
        while (jetStream == null || !publishingPaused()) {
          var batch = jetStream != null ? publishNext(after) : deliverNext(after);
          total += batch.done();
          if (batch.claimed() < props.batchSize() || batch.done() == 0) break;
          // NATS: an unacknowledged rest goes first next round, before anything after it
          if (jetStream != null && batch.done() < batch.claimed()) break;
          after = batch.lastId();
        }
        var now = clock.instant();
        if (!now.isBefore(lastCleanup.plus(props.cleanupInterval()))) {
          lastCleanup = now;
          purge(now);
        }
        return total;
      } finally {
        unlock(lockConnection);
      }
    }
  }

  /** One claimed batch: how many rows, how many went out, the last row's id. */
  private record Batch(int claimed, int done, long lastId) {}

  private Batch deliverNext(long after) {
    var rows = outbox.claim(after, clock.instant(), props.batchSize());
    return new Batch(rows.size(), deliver(rows), rows.isEmpty() ? after : rows.getLast().id());
  }

  private Batch publishNext(long after) {
    var rows = outbox.claimOutgoing(after, clock.instant(), props.batchSize());
    return new Batch(rows.size(), publish(rows), rows.isEmpty() ? after : rows.getLast().id());
  }

  /** NATS was unreachable and its backoff has not run out yet. */
  private boolean publishingPaused() {
    return outageRounds > 0 && System.nanoTime() - pausedUntilNanos < 0;
  }

  /**
   * Deletes delivered rows outside the retention window or beyond the row limit, and the idempotent
   * consumers' marks once no redelivery can reach them: an event is redelivered only while its row
   * is retained (the stream keeps messages as long, ADR 0008) plus the longest retry schedule.
   */
  int purge(Instant now) {
    var retained = now.minus(props.retention());
    outbox.purgeConsumed(retained.minus(props.retryMaxBackoff().multipliedBy(props.maxAttempts())));
    return outbox.purge(retained, props.retentionMaxEvents());
  }

  /** Delivers a batch in id order; a failure holds the rest of that resource's events. */
  private int deliver(List<OutboxRepository.Row> rows) {
    var held = new HashSet<String>();
    var published = new ArrayList<Long>();
    var skipped = new ArrayList<Long>();
    for (var row : rows) {
      var e = row.envelope();
      if (held.contains(e.resourceId())) {
        skipped.add(row.id());
        continue;
      }
      var done = new HashSet<>(row.deliveredTo());
      String failed = null;
      for (var s : subscribers) {
        if (done.contains(s.name()) || !s.accepts(e.eventType())) continue;
        try {
          s.on(e.detached());
          done.add(s.name());
        } catch (RuntimeException ex) {
          failures.get(s.name()).increment();
          log.warn("Event {} ({}) failed in subscriber {} (attempt {}): {}", e.eventId(), e.eventType(), s.name(),
              row.attempts() + 1, ex.toString());
          if (row.attempts() + 1 >= props.maxAttempts()) {
            giveUp(e, s);
            done.add(s.name());
          } else if (failed == null) {
            failed = s.name();
          }
        }
      }
      if (failed == null) {
        published.add(row.id());
      } else {
        held.add(e.resourceId());
        outbox.markRetry(row.id(), done, clock.instant().plus(props.backoff(row.attempts() + 1)));
      }
    }
    outbox.markPublished(published, clock.instant());
    outbox.clearSequences(skipped); // delivered to nobody: a later round sequences them after what went out now
    return published.size();
  }

  /**
   * NATS mode: publishes the batch in id order (asynchronously, acks collected in order) and marks
   * the acknowledged prefix. A failure (NATS unreachable, no ack in time) ends the round, keeps the
   * rest unpublished and pauses publishing with a growing backoff; a row published but not marked
   * is published again and dropped by the stream's {@code Nats-Msg-Id} dedup.
   */
  private int publish(List<OutgoingEvent> rows) {
    if (rows.isEmpty()) return 0;
    var result = jetStream.publishAll(rows);
    var published = rows.subList(0, result.acknowledged()).stream().map(OutgoingEvent::id).toList();
    if (result.failure() == null) {
      outageRounds = 0;
    } else {
      outageRounds++;
      var wait = props.backoff(outageRounds);
      if (wait.compareTo(props.nats().maxOutageBackoff()) > 0) wait = props.nats().maxOutageBackoff();
      pausedUntilNanos = System.nanoTime() + wait.toNanos();
      meters.counter("kelola.events.nats.publish.failures").increment();
      log.warn("Publishing to NATS failed ({} rows published this round); retrying in {}: {}", published.size(), wait,
          result.failure().toString());
    }
    outbox.markPublished(published, clock.instant());
    return published.size();
  }

  private void giveUp(EventEnvelope e, EventSubscriber s) {
    meters.counter("kelola.events.delivery.abandoned", "subscriber", s.name()).increment();
    log.error("Giving up event {} ({}, resource {}) for subscriber {} after {} attempts", e.eventId(),
        e.eventType(), e.resourceId(), s.name(), props.maxAttempts());
  }

  private void roundSafely() {
    try {
      relayOnce();
    } catch (Exception | Error ex) {
      if (worker == null) {
        log.info("Event relay round cut short by shutdown; undelivered rows wait for the next round ({})", ex.toString());
      } else {
        log.error("Event relay round failed; retrying at the next poll", ex);
      }
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (var st = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      st.setInt(1, LOCK_NAMESPACE);
      st.setInt(2, RELAY_LOCK);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static void unlock(Connection c) throws SQLException {
    try (var st = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
      st.setInt(1, LOCK_NAMESPACE);
      st.setInt(2, RELAY_LOCK);
      st.execute();
    } catch (SQLException ex) {
      c.abort(Runnable::run); // never hand a pooled connection back still holding the relay lock
      throw ex;
    }
  }

  @Override
  public void start() {
    var w = Executors.newSingleThreadScheduledExecutor(r -> {
      var t = new Thread(r, "kelola-events-relay");
      t.setDaemon(true);
      return t;
    });
    long every = props.pollInterval().toMillis();
    w.scheduleWithFixedDelay(this::roundSafely, 0, every, TimeUnit.MILLISECONDS);
    worker = w;
  }

  @Override
  public void stop() {
    var w = worker;
    worker = null;
    if (w == null) return;
    w.shutdown();
    try {
      // a round in progress may finish its batch; rows it does not mark are delivered again later
      if (!w.awaitTermination(5, TimeUnit.SECONDS)) w.shutdownNow();
    } catch (InterruptedException ex) {
      w.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return worker != null;
  }
}
