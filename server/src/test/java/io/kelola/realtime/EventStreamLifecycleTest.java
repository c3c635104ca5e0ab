package io.kelola.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.Events;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.support.Http;
import io.kelola.support.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Heartbeats, session expiry, slow and vanished clients, and the meters that count them. */
@RealtimeIntegrationTest
class EventStreamLifecycleTest {

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired SseHub hub;
  @Autowired SessionService sessions;
  @Autowired MeterRegistry meters;
  @Autowired MutableClock clock;
  RealtimeFixture fx;

  @BeforeEach
  void setUp() {
    fx = new RealtimeFixture(events, transactions, jdbc, port);
  }

  @Test
  void logoutEndsTheStreamWithSessionExpired() {
    double expiredBefore = drops(SseMetrics.SESSION_EXPIRED);
    var api = fx.api("sari.manager");
    try (var stream = SseStream.open(api, "/events", null)) {
      await().atMost(Duration.ofSeconds(5)).until(() -> stream.comments.contains(": hb"));
      assertThat(connections("MANAGER")).isPositive();
      assertThat(api.postJson("/api/v1/auth/logout", "").statusCode()).isEqualTo(204);

      await().atMost(Duration.ofSeconds(5)).until(stream::ended);
      assertThat(stream.messages.getLast().event()).isEqualTo("session_expired");
      assertThat(drops(SseMetrics.SESSION_EXPIRED)).isEqualTo(expiredBefore + 1);
    }
  }

  @Test
  void anApiStreamEndsWhenItsAccessTokenExpiresAndAFreshTokenResumesWithoutAGap() {
    var m = RealtimeFixture.marker("ttl");
    double expiredBefore = drops(SseMetrics.TOKEN_EXPIRED);
    String lastSeen;
    try (var stream = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      fx.publish("lot.created", m + "-0", null);
      lastSeen = stream.awaitMessage(x -> x.data().contains(m + "-0\"")).id();
      clock.advance(Duration.ofMinutes(16)); // past the 15-minute access token; the API session lives on
      await().atMost(Duration.ofSeconds(5)).until(stream::ended);
      assertThat(stream.messages.getLast().event()).isEqualTo("token_expired");
      assertThat(drops(SseMetrics.TOKEN_EXPIRED)).isEqualTo(expiredBefore + 1);
    } finally {
      clock.reset();
    }
    fx.publish("lot.created", m + "-1", null); // while the client refreshes its token
    try (var again = SseStream.open(fx.api("sari.manager"), "/events", lastSeen)) {
      again.awaitMessage(x -> x.data().contains(m + "-1\""));
      assertThat(again.about(m)).hasSize(1);
    }
  }

  @Test
  void aRevokedBrowserSessionEndsItsStream() {
    var browser = Http.browser(port, "sari.gudang", Http.DEMO_PASSWORD);
    var principal = sessions.byBrowserToken(browser.cookie("KELOLA_SESSION")).orElseThrow();
    try (var stream = SseStream.open(browser, "/api/v1/events", null)) {
      await().atMost(Duration.ofSeconds(5)).until(() -> !stream.comments.isEmpty());
      sessions.revoke(principal.sessionUuid(), "test");
      await().atMost(Duration.ofSeconds(5)).until(stream::ended);
      assertThat(stream.messages).extracting(SseStream.Message::event).containsExactly("ready", "session_expired");
    }
  }

  @Test
  void aClientThatStopsListeningIsNoticedAndCounted() {
    double closedBefore = drops(SseMetrics.CLIENT_CLOSED);
    var browser = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    var session = sessions.byBrowserToken(browser.cookie("KELOLA_SESSION")).orElseThrow().sessionUuid();
    var stream = SseStream.open(browser, "/api/v1/events", null);
    await().atMost(Duration.ofSeconds(5)).until(() -> hub.isConnected(session));
    stream.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> !hub.isConnected(session));
    assertThat(drops(SseMetrics.CLIENT_CLOSED)).isGreaterThan(closedBefore);
  }

  @Test
  void aSlowClientIsDroppedWhileAHealthyOneKeepsReceiving() {
    var m = RealtimeFixture.marker("slow");
    double slowBefore = drops(SseMetrics.SLOW_CLIENT);
    var browser = Http.browser(port, "sari.manager", Http.DEMO_PASSWORD);
    KelolaPrincipal principal = sessions.byBrowserToken(browser.cookie("KELOLA_SESSION")).orElseThrow();
    var stuck = new StuckSink();
    try (var healthy = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      var slow = hub.connect(principal, stuck, null, 4);
      for (int i = 0; i < 20; i++) fx.publish("lot.created", m + "-" + i, null);

      healthy.awaitMessage(x -> x.data().contains(m + "-19\""));
      assertThat(healthy.about(m)).hasSize(20);
      await().atMost(Duration.ofSeconds(5)).until(slow::isClosed);
      assertThat(drops(SseMetrics.SLOW_CLIENT)).isEqualTo(slowBefore + 1);
      assertThat(stuck.started.get()).as("one write at most, stuck").isLessThanOrEqualTo(1);
    } finally {
      stuck.release.countDown();
    }
    // the sender closes its own sink once the stuck write gives up (the connector's idle timeout in production)
    await().atMost(Duration.ofSeconds(5)).until(() -> stuck.closed);
    assertThat(meters.get("kelola.sse.dispatch").timer().count()).isPositive();
    assertThat(meters.get("kelola.sse.events").tag("subject", "lot.created").counter().count()).isGreaterThanOrEqualTo(20);
  }

  private double drops(String reason) {
    var counter = meters.find("kelola.sse.drops").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  private double connections(String role) {
    return meters.get("kelola.sse.connections").tag("role", role).gauge().value();
  }

  /** A client whose connection accepts nothing: its first write never returns. */
  static final class StuckSink implements SseSink {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger started = new AtomicInteger();
    volatile boolean closed;

    @Override
    public void write(byte[] bytes) throws IOException {
      started.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("connection reset");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
