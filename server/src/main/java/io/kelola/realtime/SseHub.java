package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventSubscriber;
import io.kelola.events.Events;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.KelolaPrincipal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans every delivered event out to the connected streams that may see it. Runs on the relay's
 * thread, so it only ever offers to bounded queues: a client that cannot keep up is dropped, never
 * waited for. Each client's own virtual thread does the writing ({@link SseSender}).
 */
@Component
class SseHub implements EventSubscriber, SmartLifecycle {

  static final String NAME = "realtime.sse-hub";

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final RoleFilter filter;
  private final SseMetrics metrics;
  private final RealtimeProperties props;
  private final SessionService sessions;
  private final ObjectProvider<Events> events;
  private final JsonMapper json;
  private volatile boolean running;

  SseHub(RoleFilter filter, SseMetrics metrics, RealtimeProperties props, SessionService sessions, ObjectProvider<Events> events,
      JsonMapper json) {
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
    String data = null;
    try {
      for (var client : clients) {
        if (client.isClosed() || !client.visible(filter, event)) continue;
        if (data == null) data = json.writeValueAsString(event);
        if (client.offer(new SseMessage(event.sequence(), event.eventType(), data, received))) {
          metrics.enqueued(event.eventType(), received);
        } else {
          close(client, SseMetrics.SLOW_CLIENT);
        }
      }
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
  SseClient connect(KelolaPrincipal principal, SseSink sink, Long replayAfter) {
    return connect(principal, sink, replayAfter, props.queueSize());
  }

  SseClient connect(KelolaPrincipal principal, SseSink sink, Long replayAfter, int queueSize) {
    var client = new SseClient(principal, sink, queueSize, replayAfter != null);
    clients.add(client);
    metrics.connected(client.connectedRole());
    if (!running) {
      close(client, null);
      return client;
    }
    Thread.ofVirtual().name("sse-" + principal.username()).start(new SseSender(this, client, replayAfter));
    return client;
  }

  /**
   * Ends a stream once: counts {@code reason} (null: server shutdown, not counted), stops its sender
   * and closes the sink without blocking the caller.
   */
  void close(SseClient client, String reason) {
    if (!client.markClosed(reason == null ? "shutdown" : reason)) return;
    clients.remove(client);
    metrics.disconnected(client.connectedRole());
    if (reason != null) metrics.dropped(reason);
    client.wake(); // never interrupt: the sender may be inside a JDBC call, which would break its connection
    client.sink().close();
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

  SessionService sessions() {
    return sessions;
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
  }

  /** Ends every stream first, so graceful shutdown does not wait for open streams. */
  @Override
  public void stop() {
    running = false;
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
