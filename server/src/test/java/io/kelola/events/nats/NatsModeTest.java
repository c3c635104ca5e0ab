package io.kelola.events.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.EventEnvelope;
import io.kelola.events.Events;
import io.kelola.events.EventsProperties;
import io.kelola.events.OutgoingEvent;
import io.kelola.events.WorkQueues;
import io.kelola.support.TestClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.api.MessageInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * NATS mode against a real nats-server: the one Spring context of this mode (closed after the class,
 * before its server goes).
 */
@SpringBootTest(properties = {"kelola.db.embedded.ephemeral=true", "kelola.events.mode=nats"})
@Import(TestClockConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NatsModeTest extends NatsServerTestBase {

  @Autowired Events events;
  @Autowired NatsRecordingSubscriber recorder;
  @Autowired JetStreamPublisher publisher;
  @Autowired WorkQueues queues;
  @Autowired Connection connection;
  @Autowired EventsProperties props;
  @Autowired EnvelopeCodec codec;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;

  @Test
  void committedEventReachesTheStreamWithItsIdAndTheLocalSubscriberOnce() throws Exception {
    var resource = "nats-" + UUID.randomUUID();
    var e = publish("test.ping", resource, Map.of("hello", "nats"));

    await().atMost(Duration.ofSeconds(20)).until(() -> published(e.eventId()) && recorder.deliveries(e.eventId()) == 1);
    var messages = streamMessages(e.eventId());
    assertThat(messages).hasSize(1);
    var message = messages.getFirst();
    assertThat(message.getSubject()).isEqualTo("kelola.events.test.ping");
    assertThat(message.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(e.eventId().toString());
    var sent = codec.decode(message.getData());
    assertThat(sent.sequence()).isEqualTo(outboxId(e.eventId())).isPositive();
    assertThat(sent.payload().get("hello").asString()).isEqualTo("nats");

    var received = recorder.received(resource);
    assertThat(received).hasSize(1);
    assertThat(received.getFirst().sequence()).as("SSE ids stay the outbox sequence").isEqualTo(sent.sequence());
    // the embedded path is replaced, not doubled: the event stays delivered once
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> recorder.deliveries(e.eventId()) == 1);
  }

  @Test
  void aRowPublishedTwiceIsStoredOnce() throws Exception {
    var e = publish("test.ping", "dedup-" + UUID.randomUUID(), Map.of());
    await().atMost(Duration.ofSeconds(20)).until(() -> published(e.eventId()));

    // a crash after the publish ack but before the row was marked: the relay publishes it again
    jdbc.sql("UPDATE t_event_outbox SET published_at = NULL WHERE event_id = :id").param("id", e.eventId()).update();
    await().atMost(Duration.ofSeconds(20)).until(() -> published(e.eventId()));
    var again = events.since(outboxId(e.eventId()) - 1, 1).getFirst();
    assertThat(publisher.publish(again).isDuplicate()).isTrue();

    assertThat(streamMessages(e.eventId())).hasSize(1);
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> recorder.deliveries(e.eventId()) == 1);
  }

  @Test
  void aBatchMessageWhosePredecessorIsNotTheStreamsLastIsRefusedRatherThanStoredOutOfOrder() throws Exception {
    var a = outgoing("order-a");
    var z = outgoing("order-z");
    var b = outgoing("order-b");
    assertThat(publisher.publishAll(List.of(a)).acknowledged()).isOne();
    assertThat(publisher.publishAll(List.of(z)).acknowledged()).isOne();

    // as when a went missing: b, published behind a, must not land after z
    var result = publisher.publishAll(List.of(a, b));

    assertThat(result.acknowledged()).as("a is a duplicate, acknowledged from the dedup window").isOne();
    assertThat(result.failure()).hasRootCauseInstanceOf(JetStreamApiException.class).hasMessageContaining("wrong last msg ID");
    assertThat(streamMessages(b.eventId())).isEmpty();
    assertThat(publisher.publishAll(List.of(b)).acknowledged()).as("alone, b goes through").isOne();
  }

  private static OutgoingEvent outgoing(String resource) {
    return new OutgoingEvent(0, 0, UUID.randomUUID(), "test.ping", java.time.Instant.now(), null, null,
        resource + "-" + UUID.randomUUID(), "{}");
  }

  @Test
  void eventsCommittedWhileNatsIsDownAreDeliveredInOrderAfterItReturns() throws Exception {
    var resource = "outage-" + UUID.randomUUID();
    double failuresBefore = publishFailures();
    nats.stop();
    var sent = new ArrayList<UUID>();
    try {
      for (int i = 0; i < 5; i++) sent.add(publish("test.ordered", resource, Map.of("n", i)).eventId());
      await().atMost(Duration.ofSeconds(20)).until(() -> publishFailures() > failuresBefore);
      assertThat(sent).noneMatch(this::published);
    } finally {
      nats.startAgain();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(this::published));
    await().atMost(Duration.ofSeconds(60)).until(() -> recorder.received(resource).size() == sent.size());
    assertThat(recorder.received(resource)).extracting(EventEnvelope::eventId).containsExactlyElementsOf(sent);
    var streamSeqs = new ArrayList<Long>();
    for (var id : sent) {
      var messages = streamMessages(id);
      assertThat(messages).as("event %s stored once", id).hasSize(1);
      streamSeqs.add(messages.getFirst().getSeq());
    }
    assertThat(streamSeqs).isSorted();
  }

  @Test
  void everyInstanceFeedsItsOwnSubscribers() throws Exception {
    var first = new NatsRecordingSubscriber("test.instance-a");
    var second = new NatsRecordingSubscriber("test.instance-b");
    try (var a = Nats.connect(nats.url()); var b = Nats.connect(nats.url())) {
      var feedA = new LocalFeed(a, props, List.of(first), codec, new SimpleMeterRegistry());
      var feedB = new LocalFeed(b, props, List.of(second), codec, new SimpleMeterRegistry());
      feedA.start();
      feedB.start();
      try {
        var e = publish("test.ping", "fanout-" + UUID.randomUUID(), Map.of());
        await().atMost(Duration.ofSeconds(20))
            .until(() -> first.deliveries(e.eventId()) == 1 && second.deliveries(e.eventId()) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> recorder.deliveries(e.eventId()) == 1);
      } finally {
        feedA.stop();
        feedB.stop();
      }
    }
  }

  @Test
  void aWorkQueueHandsEachEventToOneOfItsCompetingConsumers() {
    var queue = "test-wq-" + UUID.randomUUID().toString().substring(0, 8);
    var handled = new ConcurrentHashMap<UUID, AtomicInteger>();
    var perConsumer = new ConcurrentHashMap<String, AtomicInteger>();
    var resource = "wq-" + UUID.randomUUID();
    try (var a = queues.consume(queue, "test.ordered", e -> count(handled, perConsumer, "a", resource, e));
        var b = queues.consume(queue, "test.ordered", e -> count(handled, perConsumer, "b", resource, e))) {
      var sent = new ArrayList<UUID>();
      for (int i = 0; i < 20; i++) sent.add(publish("test.ordered", resource, Map.of("n", i)).eventId());

      await().atMost(Duration.ofSeconds(30)).until(() -> handled.keySet().containsAll(sent));
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
          .until(() -> handled.values().stream().allMatch(n -> n.get() == 1));
      assertThat(handled).hasSize(sent.size());
      assertThat(perConsumer.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(sent.size());
      assertThat(consumedMarks(queue)).isEqualTo(sent.size());
    }
  }

  @Test
  void aFailedHandlerIsRetriedAndItsEffectAppliedOnce() throws Exception {
    var queue = "test-wq-fail-" + UUID.randomUUID().toString().substring(0, 8);
    var attempts = new AtomicInteger();
    var effect = queue + ".effect";
    try (var sub = queues.consume(queue, "test.flaky", e -> {
      attempts.incrementAndGet();
      jdbc.sql("INSERT INTO t_event_consumed (consumer, event_id) VALUES (:c, :id)")
          .param("c", effect).param("id", e.eventId()).update();
      if (attempts.get() == 1) throw new IllegalStateException("simulated failure");
    })) {
      var e = publish("test.flaky", "wq-fail-" + UUID.randomUUID(), Map.of());
      await().atMost(Duration.ofSeconds(30)).until(() -> consumedMarks(queue) == 1);
      assertThat(attempts.get()).isEqualTo(2);
      assertThat(consumedMarks(effect)).as("the failed attempt was rolled back").isEqualTo(1);

      // the same event delivered once more (as after a lost ack): acknowledged, effect not applied again
      var again = events.since(outboxId(e.eventId()) - 1, 1).getFirst();
      connection.jetStream().publish("kelola.events.test.flaky", codec.encode(again));
      await().atMost(Duration.ofSeconds(20)).until(() -> settled(queue));
      assertThat(attempts.get()).isEqualTo(2);
      assertThat(consumedMarks(effect)).isEqualTo(1);
    }
  }

  private static void count(Map<UUID, AtomicInteger> handled, Map<String, AtomicInteger> perConsumer, String consumer,
      String resource, EventEnvelope e) {
    if (!e.resourceId().equals(resource)) return;
    handled.computeIfAbsent(e.eventId(), id -> new AtomicInteger()).incrementAndGet();
    perConsumer.computeIfAbsent(consumer, c -> new AtomicInteger()).incrementAndGet();
  }

  private EventEnvelope publish(String subject, String resource, Map<String, ?> payload) {
    return new TransactionTemplate(transactions).execute(s -> events.publish(subject, resource, null, payload));
  }

  private boolean published(UUID eventId) {
    return jdbc.sql("SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id")
        .param("id", eventId).query(Boolean.class).single();
  }

  /** The delivery sequence the relay gave the event (the SSE id). */
  private long outboxId(UUID eventId) {
    return jdbc.sql("SELECT seq FROM t_event_outbox WHERE event_id = :id").param("id", eventId).query(Long.class).single();
  }

  private long consumedMarks(String consumer) {
    return jdbc.sql("SELECT count(*) FROM t_event_consumed WHERE consumer = :c").param("c", consumer)
        .query(Long.class).single();
  }

  private boolean settled(String queue) throws IOException, JetStreamApiException {
    var info = connection.jetStreamManagement().getConsumerInfo(props.nats().stream(), queue);
    return info.getNumPending() == 0 && info.getNumAckPending() == 0 && info.getDelivered().getStreamSequence() > 0
        && info.getAckFloor().getStreamSequence() == info.getDelivered().getStreamSequence();
  }

  private double publishFailures() {
    var counter = meters.find("kelola.events.nats.publish.failures").counter();
    return counter == null ? 0 : counter.count();
  }

  /** Every stream message carrying this event id (the stream of this test server is small). */
  private List<MessageInfo> streamMessages(UUID eventId) throws IOException, JetStreamApiException {
    var jsm = connection.jetStreamManagement();
    var state = jsm.getStreamInfo(props.nats().stream()).getStreamState();
    var found = new ArrayList<MessageInfo>();
    for (long seq = state.getFirstSequence(); seq <= state.getLastSequence(); seq++) {
      var m = jsm.getMessage(props.nats().stream(), seq);
      if (m.getHeaders() != null && eventId.toString().equals(m.getHeaders().getFirst("Nats-Msg-Id"))) found.add(m);
    }
    return found;
  }
}
