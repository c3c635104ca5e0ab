package io.kelola.realtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The hub's meters (seed 000 "SSE / Realtime" dashboard row). */
@Component
class SseMetrics {

  static final String SLOW_CLIENT = "slow_client";
  static final String SESSION_EXPIRED = SseSender.SESSION_EXPIRED;
  static final String TOKEN_EXPIRED = SseSender.TOKEN_EXPIRED;
  static final String CLIENT_CLOSED = "client_closed";

  private final MeterRegistry registry;
  private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();
  private final Map<String, Counter> events = new ConcurrentHashMap<>();
  private final Map<String, Counter> drops = new ConcurrentHashMap<>();
  private final Timer dispatch;
  private final Counter dispatchErrors;

  SseMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.dispatch = Timer.builder("kelola.sse.dispatch")
        .description("Time from the hub receiving an event to its being queued for every client that may see it")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
    this.dispatchErrors = Counter.builder("kelola.sse.dispatch.errors")
        .description("Unexpected failures while fanning out or sending events (alert SimaopsSSEDispatchPanics)")
        .register(registry);
  }

  void connected(String role) {
    connections.computeIfAbsent(role, r -> {
      var count = new AtomicInteger();
      Gauge.builder("kelola.sse.connections", count, AtomicInteger::get)
          .description("Open event streams").tag("role", r).register(registry);
      return count;
    }).incrementAndGet();
  }

  void disconnected(String role) {
    var count = connections.get(role);
    if (count != null) count.decrementAndGet();
  }

  /** An event was queued for {@code clients} clients, the last of them now (one record per event, not per client). */
  void enqueued(String subject, int clients, long receivedNanos) {
    events.computeIfAbsent(subject, s -> Counter.builder("kelola.sse.events")
        .description("Events queued for streaming clients").tag("subject", s).register(registry)).increment(clients);
    dispatch.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
  }

  /** The hub or a sender caught an exception it did not expect. */
  void dispatchFailed() {
    dispatchErrors.increment();
  }

  void dropped(String reason) {
    drops.computeIfAbsent(reason, r -> Counter.builder("kelola.sse.drops")
        .description("Event streams the server ended").tag("reason", r).register(registry)).increment();
  }
}
