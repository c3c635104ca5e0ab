package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RelayCrashSafetyTest {

  @Autowired Events events;
  @Autowired RecordingSubscriber recorder;
  @Autowired FlakySubscriber flaky;
  @Autowired IdempotentConsumer idempotent;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;

  @Test
  void rowsLeftUndeliveredByACrashAreDeliveredByThePoll() {
    // committed but never nudged: exactly what a crash between commit and delivery leaves behind
    var eventId = UUID.randomUUID();
    var resource = "crash-" + eventId;
    jdbc.sql("""
        INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
        VALUES (:id, 'test.ping', now(), :r, '{"left":"behind"}')""")
        .param("id", eventId).param("r", resource).update();

    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.deliveries(eventId) == 1);
    assertThat(recorder.received(resource).getFirst().payload().get("left").asString()).isEqualTo("behind");
    await().atMost(Duration.ofSeconds(10)).until(() -> published(eventId));
  }

  @Test
  void failingSubscriberIsRetriedAndItsEffectAppliesOnce() {
    double failuresBefore = failures();
    flaky.failuresLeft.set(2);
    int effectsBefore = flaky.effects.get();
    var resource = "flaky-" + UUID.randomUUID();
    var tx = new TransactionTemplate(transactions);
    var first = tx.execute(s -> events.publish(TestEventTypes.FLAKY, resource, null, Map.of("step", 1)));
    var second = tx.execute(s -> events.publish(TestEventTypes.FLAKY, resource, null, Map.of("step", 2)));

    await().atMost(Duration.ofSeconds(30)).until(() -> published(first.eventId()) && published(second.eventId()));
    assertThat(failures() - failuresBefore).isEqualTo(2.0);
    assertThat(flaky.effects.get() - effectsBefore).isEqualTo(2);
    assertThat(consumedMarks("test.flaky", first.eventId())).isEqualTo(1);
    assertThat(consumedMarks("test.flaky.effect", first.eventId())).as("failed attempts rolled back").isEqualTo(1);
    // the recorder also accepts test.flaky: it got each event once despite the retries, and in order
    assertThat(recorder.received(resource)).extracting(EventEnvelope::eventId)
        .containsExactly(first.eventId(), second.eventId());
    var retried = jdbc.sql("SELECT attempts FROM t_event_outbox WHERE event_id = :id")
        .param("id", first.eventId()).query(Integer.class).single();
    assertThat(retried).isEqualTo(2);

    // a redelivery (the row handed to the relay again) changes nothing
    int resultsBefore = flaky.results.size();
    jdbc.sql("UPDATE t_event_outbox SET published_at = NULL, next_attempt_at = NULL WHERE event_id = :id")
        .param("id", first.eventId()).update();
    await().atMost(Duration.ofSeconds(10)).until(() -> published(first.eventId()));
    assertThat(flaky.results.subList(resultsBefore, flaky.results.size())).containsExactly(false);
    assertThat(flaky.effects.get() - effectsBefore).isEqualTo(2);
    assertThat(idempotent.consume(FlakySubscriber.NAME, first, () -> {
      throw new AssertionError("must not run again");
    })).isFalse();
  }

  @Test
  void idempotentConsumerRunsTheEffectOncePerConsumer() {
    var event = new EventEnvelope(0, UUID.randomUUID(), "test.ping", Instant.now(), null, null, "idem",
        tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode());
    int[] runs = {0};
    assertThat(idempotent.consume("test.idem.a", event, () -> runs[0]++)).isTrue();
    assertThat(idempotent.consume("test.idem.a", event, () -> runs[0]++)).isFalse();
    assertThat(idempotent.consume("test.idem.b", event, () -> runs[0]++)).isTrue();
    assertThat(runs[0]).isEqualTo(2);
  }

  private double failures() {
    var counter = meters.find("kelola.events.delivery.failures").tag("subscriber", FlakySubscriber.NAME).counter();
    return counter == null ? 0 : counter.count();
  }

  private boolean published(UUID eventId) {
    return jdbc.sql("SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id")
        .param("id", eventId).query(Boolean.class).single();
  }

  private long consumedMarks(String consumer, UUID eventId) {
    return jdbc.sql("SELECT count(*) FROM t_event_consumed WHERE consumer = :c AND event_id = :id")
        .param("c", consumer).param("id", eventId).query(Long.class).single();
  }
}
