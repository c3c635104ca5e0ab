package io.kelola.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.Events;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A reconnect with Last-Event-ID gets exactly what it missed, then live events; too old means resync. */
@RealtimeIntegrationTest
class EventStreamReplayTest {

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  RealtimeFixture fx;

  @BeforeEach
  void setUp() {
    fx = new RealtimeFixture(events, transactions, jdbc, port);
  }

  @Test
  void reconnectReplaysTheMissedVisibleEventsInOrderThenContinuesLive() {
    var m = RealtimeFixture.marker("replay");
    String lastSeen;
    try (var first = SseStream.open(fx.api("qc.supervisor"), "/events", null)) {
      fx.publish("qc.job.created", m + "-0", null);
      lastSeen = first.awaitMessage(x -> x.data().contains(m + "-0")).id();
    }
    fx.publish("qc.job.completed", m + "-1", null);
    fx.publish("warehouse.slot_assigned", m + "-hidden", null);
    fx.publish("qc.job.needs_human_review", m + "-2", null);
    fx.publish("lot.created", m + "-3", null);

    try (var again = SseStream.open(fx.api("qc.supervisor"), "/events", lastSeen)) {
      again.awaitMessage(x -> x.data().contains(m + "-3"));
      fx.publish("qc.job.reviewed", m + "-4", null);
      again.awaitMessage(x -> x.data().contains(m + "-4"));

      var got = again.about(m);
      assertThat(got).extracting(SseStream.Message::event).containsExactly(
          "qc.job.completed", "qc.job.needs_human_review", "lot.created", "qc.job.reviewed");
      assertThat(got).extracting(x -> Long.parseLong(x.id())).isSorted().doesNotHaveDuplicates()
          .allSatisfy(id -> assertThat(id).isGreaterThan(Long.parseLong(lastSeen)));
      assertThat(again.messages).noneMatch(x -> "resync".equals(x.event()));
    }
  }

  @Test
  void pollyfillsMayPassTheLastEventIdAsAQueryParameter() {
    var m = RealtimeFixture.marker("query");
    String lastSeen;
    try (var first = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      fx.publish("dispatch.created", m + "-0", null);
      lastSeen = first.awaitMessage(x -> x.data().contains(m + "-0")).id();
    }
    fx.publish("dispatch.status_changed", m + "-1", null);
    try (var again = SseStream.open(fx.api("sari.manager"), "/events?lastEventId=" + lastSeen, null)) {
      again.awaitMessage(x -> x.data().contains(m + "-1"));
      assertThat(again.about(m)).extracting(SseStream.Message::event).containsExactly("dispatch.status_changed");
    }
  }

  @Test
  void aStreamThatSawNoEventStillResumesFromWhereItOpened() {
    var m = RealtimeFixture.marker("ready");
    String cursor;
    try (var first = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      var ready = first.awaitMessage(x -> "ready".equals(x.event()));
      assertThat(ready.id()).as("a cursor even before any event").isNotNull();
      cursor = ready.id();
    }
    fx.publish("dispatch.created", m + "-gap", null);
    try (var again = SseStream.open(fx.api("sari.manager"), "/events", cursor)) {
      again.awaitMessage(x -> x.data().contains(m + "-gap"));
      assertThat(again.messages).extracting(SseStream.Message::event).doesNotContain("ready", "resync");
    }
  }

  @Test
  void aLastEventIdOlderThanRetentionGetsResyncThenLiveEvents() {
    var m = RealtimeFixture.marker("resync");
    fx.publish("lot.created", m + "-a", null);
    fx.publish("lot.created", m + "-b", null);
    long b = sequenceOf(m + "-b");
    fx.publish("lot.created", m + "-c", null);
    await().atMost(Duration.ofSeconds(10)).until(() -> delivered(m + "-b"));
    // what retention does by row count: delivered rows up to a point are gone
    jdbc.sql("DELETE FROM t_event_outbox WHERE published_at IS NOT NULL AND id <= :b").param("b", b).update();

    try (var stream = SseStream.open(fx.api("sari.manager"), "/events", "1")) {
      var resync = stream.awaitMessage(x -> "resync".equals(x.event()));
      assertThat(resync.id()).isNull();
      assertThat(resync.data()).contains("retention");
      fx.publish("lot.ready_for_production", m + "-d", null);
      stream.awaitMessage(x -> x.data().contains(m + "-d"));
      assertThat(stream.about(m)).extracting(SseStream.Message::event).containsExactly("lot.ready_for_production");
      assertThat(stream.messages.getFirst().event()).isEqualTo("resync");
    }
  }

  @Test
  void anUnreadableLastEventIdGetsResync() {
    try (var stream = SseStream.open(fx.api("sari.manager"), "/events", "yesterday")) {
      assertThat(stream.awaitMessage(x -> "resync".equals(x.event())).data()).contains("invalid_last_event_id");
    }
  }

  private long sequenceOf(String resource) {
    return jdbc.sql("SELECT id FROM t_event_outbox WHERE resource_id = :r").param("r", resource).query(Long.class).single();
  }

  private boolean delivered(String resource) {
    return jdbc.sql("SELECT published_at IS NOT NULL FROM t_event_outbox WHERE resource_id = :r")
        .param("r", resource).query(Boolean.class).single();
  }
}
