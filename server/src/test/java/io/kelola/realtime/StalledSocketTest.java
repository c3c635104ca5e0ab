package io.kelola.realtime;

import io.kelola.extracts.SariEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.Events;
import io.kelola.support.Http;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stalled client is dropped while others keep their latency: a real TCP connection that stops
 * reading fills its kernel buffers, its sender blocks in a write, its bounded queue overflows and the
 * hub drops it, all without holding up a healthy stream of another user.
 */
@RealtimeIntegrationTest
class StalledSocketTest {

  private static final int EVENTS = 2_000;
  /** ~4 KB per event: 2,000 of them (8 MB) outgrow loopback socket buffers plus the 256-slot queue. */
  private static final String BLOB = "x".repeat(4_000);
  /** A blocked hub would hold the healthy stream until the stalled write times out (tens of seconds). */
  private static final Duration LATENCY_P99_BOUND = Duration.ofSeconds(2);

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SseHub hub;
  @Autowired MeterRegistry meters;

  @Test
  void aStalledSocketIsDroppedWhileAHealthyStreamKeepsItsLatency() throws IOException {
    var marker = RealtimeFixture.marker("stalled");
    double slowBefore = drops(SseMetrics.SLOW_CLIENT);
    var stalledToken = token("sari.gudang"); // WAREHOUSE_STAFF: receives lot.>
    var stalledSession = sessionOf(stalledToken);
    var healthyToken = token("sari.manager"); // MANAGER: receives everything
    var healthySession = sessionOf(healthyToken);

    try (var stalled = openStalled(stalledToken);
        var healthy = SseStream.open(Http.anonymous(port).withBearer(healthyToken), "/events", null)) {
      await().atMost(Duration.ofSeconds(10))
          .until(() -> hub.isConnected(stalledSession) && hub.isConnected(healthySession));
      healthy.awaitMessage(m -> "ready".equals(m.event()));
      int connectedWithBoth = hub.connectedCount();

      var arrivals = new ArrivalClock(healthy, marker);
      var sampler = Thread.ofVirtual().name("arrivals").start(arrivals);
      long[] committed = new long[EVENTS];
      try {
        var tx = new TransactionTemplate(transactions);
        for (int i = 0; i < EVENTS; i++) {
          var resource = marker + "-" + i;
          tx.executeWithoutResult(s -> events.publish("lot.created", resource, null, bulkyLot(resource)));
          committed[i] = System.nanoTime();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> !hub.isConnected(stalledSession));
        assertThat(drops(SseMetrics.SLOW_CLIENT)).isEqualTo(slowBefore + 1);
        assertThat(hub.connectedCount()).isLessThan(connectedWithBoth);
        assertThat(hub.isConnected(healthySession)).as("the healthy stream stays open").isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> arrivals.count() == EVENTS);
      } finally {
        arrivals.stop();
        sampler.interrupt();
      }
      assertThat(healthy.about(marker)).hasSize(EVENTS);
      var latencies = arrivals.latenciesMillis(committed);
      long p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1];
      assertThat(p99).as("healthy stream p99 commit-to-receipt latency, ms").isLessThan(LATENCY_P99_BOUND.toMillis());
    }
  }

  /** Opens {@code GET /events} on a socket with a tiny receive window, reads the headers and stops reading. */
  private StalledSocket openStalled(String bearer) throws IOException {
    var socket = new Socket();
    try {
      socket.setReceiveBufferSize(2_048); // before connect, so the advertised window stays small
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      var request = "GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
          + "Authorization: Bearer " + bearer + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      var headers = readHeaders(socket.getInputStream());
      assertThat(headers).startsWith("HTTP/1.1 200").containsIgnoringCase("text/event-stream");
      return new StalledSocket(socket);
    } catch (IOException | RuntimeException | Error e) {
      socket.close();
      throw e;
    }
  }

  /** Byte by byte, so not one byte of the body is read. */
  private static String readHeaders(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) throw new IOException("connection closed in the headers: " + bytes);
      bytes.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  /** A lot.created payload padded to fill socket buffers quickly. */
  private static SariEvents.LotCreated bulkyLot(String resource) {
    return new SariEvents.LotCreated(resource, null, "EXT-001", BLOB, java.math.BigDecimal.ONE, "KG", "DOMESTIC",
        "WH-CS1", "QUAR-01", java.math.BigDecimal.TEN, false);
  }

  private String token(String username) {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", username, "password", Http.DEMO_PASSWORD));
    assertThat(res.statusCode()).isEqualTo(200);
    return Http.json(res).get("access_token").asString();
  }

  /** The session a bearer token rides on: its {@code sid} claim. */
  private static UUID sessionOf(String jwt) {
    var claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    return UUID.fromString(claims.get("sid").asString());
  }

  private double drops(String reason) {
    var counter = meters.find("kelola.sse.drops").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  /** The stalled connection; closing it lets the server's blocked write fail instead of waiting out its timeout. */
  private record StalledSocket(Socket socket) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /**
   * Stamps when each marked event shows up on the healthy stream, sampling every millisecond
   * (SseStream keeps no receipt times; a millisecond is noise against the bound).
   */
  private static final class ArrivalClock implements Runnable {
    private final SseStream stream;
    private final String prefix;
    private final long[] arrived = new long[EVENTS];
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean stopped;

    ArrivalClock(SseStream stream, String marker) {
      this.stream = stream;
      this.prefix = "\"resource_id\":\"" + marker + "-";
      Arrays.fill(arrived, -1);
    }

    @Override
    public void run() {
      int seen = 0;
      while (!stopped) {
        int size = stream.messages.size();
        long now = System.nanoTime();
        for (; seen < size; seen++) {
          var data = stream.messages.get(seen).data();
          int at = data.indexOf(prefix);
          if (at < 0) continue;
          int from = at + prefix.length();
          int index = Integer.parseInt(data.substring(from, data.indexOf('"', from)));
          if (arrived[index] < 0) {
            arrived[index] = now;
            count.incrementAndGet();
          }
        }
        LockSupport.parkNanos(1_000_000);
      }
    }

    int count() {
      return count.get();
    }

    void stop() {
      stopped = true;
    }

    /** Sorted commit-to-arrival latencies. */
    long[] latenciesMillis(long[] committed) {
      var latencies = new long[EVENTS];
      for (int i = 0; i < EVENTS; i++) latencies[i] = Math.max(0, (arrived[i] - committed[i]) / 1_000_000);
      Arrays.sort(latencies);
      return latencies;
    }
  }
}
