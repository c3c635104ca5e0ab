package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventSubscriber;
import io.kelola.events.Events;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.KelolaPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans every delivered event out to the connected streams that may see it. Runs on the relay's
 * thread, so it only ever offers to bounded queues: a client that cannot keep up is dropped, never
 * waited for. Each client's own virtual thread does the writing ({@link SseSender}); one watch
 * re-checks all their sessions together.
 */
@Component
class SseHub implements EventSubscriber, SmartLifecycle {

  static final String NAME = "realtime.sse-hub";
  private static final Logger log = LoggerFactory.getLogger(SseHub.class);

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final RoleFilter filter;
  private final SseMetrics metrics;
  private final RealtimeProperties props;
  private final SessionService sessions;
  private final ObjectProvider<Events> events;
  private final JsonMapper json;
  private volatile boolean running;
  private volatile ScheduledExecutorService sessionWatch;
  private final Clock clock;

  SseHub(RoleFilter filter, SseMetrics metrics, RealtimeProperties props, SessionService sessions, ObjectProvider<Events> events,
      JsonMapper json, Clock clock) {
    this.clock = clock;
    this.filter = filter;
    this.metrics = metrics;
    this.props = props;
    this.sessions = sessions;
    this.events = events;
    this.json = json;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(String subject) {
    return true;
  }

  @Override
  public void on(EventEnvelope event) {
    if (clients.isEmpty()) return;
    long received = System.nanoTime();
    SseMessage message = null; // rendered once, for the first client that may see it, and shared
    var decisions = filter.decisionsFor(event);
    int queued = 0;
    try {
      for (var client : clients) {
        if (client.isClosed() || !client.visible(decisions)) continue;
        if (message == null) message = SseMessage.of(event.sequence(), event.eventType(), json.writeValueAsString(event), received);
        if (client.offer(message)) {
          queued++;
        } else {
          close(client, SseMetrics.SLOW_CLIENT);
        }
      }
      if (queued > 0) metrics.enqueued(event.eventType(), queued, received);
    } catch (RuntimeException e) {
      metrics.dispatchFailed();
      throw e; // the relay retries the delivery
    }
  }

  /** Counts an unexpected failure in a client's sender. */
  void dispatchFailed() {
    metrics.dispatchFailed();
  }

  /**
   * Opens a stream for {@code principal} and starts its sender.
   *
   * @param replayAfter the client's Last-Event-ID: null for none, negative when it was unreadable
   */
  SseClient connect(KelolaPrincipal principal, SseSink sink, Long replayAfter, Instant credentialExpiresAt) {
    return connect(principal, sink, replayAfter, props.queueSize(), credentialExpiresAt);
  }

  SseClient connect(KelolaPrincipal principal, SseSink sink, Long replayAfter, int queueSize) {
    return connect(principal, sink, replayAfter, queueSize, null);
  }

  private SseClient connect(KelolaPrincipal principal, SseSink sink, Long replayAfter, int queueSize,
      Instant credentialExpiresAt) {
    var client = new SseClient(principal, sink, queueSize, replayAfter != null, credentialExpiresAt);
    clients.add(client);
    metrics.connected(client.connectedRole());
    if (!running) close(client, null); // its sender only closes the sink
    Thread.ofVirtual().name("sse-" + principal.username()).start(new SseSender(this, client, replayAfter));
    return client;
  }

  /**
   * Ends a stream once: counts {@code reason} (null: server shutdown, not counted) and wakes its
   * sender, which closes the sink; never blocks the caller.
   */
  void close(SseClient client, String reason) {
    if (!client.markClosed(reason == null ? "shutdown" : reason)) return;
    clients.remove(client);
    metrics.disconnected(client.connectedRole());
    if (reason != null) metrics.dropped(reason);
    client.wake(); // never interrupt: the sender may be inside a JDBC call, which would break its connection
  }

  /**
   * Re-checks every open stream's session in a few statements (not one per stream and message):
   * a revoked, expired or idle session ends its stream with {@code session_expired}, an expired
   * access token with {@code token_expired}; a changed role applies from the next event. Touches the
   * sessions, so an open stream counts as activity.
   */
  void checkSessions() {
    if (clients.isEmpty()) return;
    var open = clients.stream().filter(c -> !c.isClosed()).toList();
    var valid = sessions.validBySessionUuids(open.stream().map(c -> c.principal().sessionUuid()).toList());
    var now = clock.instant();
    for (var client : open) {
      var current = valid.get(client.principal().sessionUuid());
      var tokenExpiry = client.credentialExpiresAt();
      if (current == null) client.end(SseSender.SESSION_EXPIRED);
      else if (tokenExpiry != null && !now.isBefore(tokenExpiry)) client.end(SseSender.TOKEN_EXPIRED);
      else client.refresh(current);
    }
  }

  int connectedCount() {
    return clients.size();
  }

  /** Whether a stream riding on session {@code sessionUuid} is open. */
  boolean isConnected(java.util.UUID sessionUuid) {
    return clients.stream().anyMatch(c -> c.principal().sessionUuid().equals(sessionUuid));
  }

  RoleFilter filter() {
    return filter;
  }

  RealtimeProperties props() {
    return props;
  }

  /** The event store, looked up late: the relay that feeds this hub is built before it. */
  Events events() {
    return events.getObject();
  }

  JsonMapper json() {
    return json;
  }

  @Override
  public void start() {
    running = true;
    var watch = Executors.newSingleThreadScheduledExecutor(r -> {
      var t = new Thread(r, "kelola-sse-session-watch");
      t.setDaemon(true);
      return t;
    });
    long every = props.sessionCheck().toMillis();
    watch.scheduleWithFixedDelay(this::checkSessionsSafely, every, every, TimeUnit.MILLISECONDS);
    sessionWatch = watch;
  }

  private void checkSessionsSafely() {
    try {
      checkSessions();
    } catch (RuntimeException ex) {
      log.warn("Checking the sessions of open event streams failed; retrying at the next check: {}", ex.toString());
    }
  }

  /** Ends every stream first, so graceful shutdown does not wait for open streams. */
  @Override
  public void stop() {
    running = false;
    var watch = sessionWatch;
    sessionWatch = null;
    if (watch != null) watch.shutdownNow();
    for (var client : clients) close(client, null);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
