package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A subscriber that always fails delays only its resource, and only for max-attempts rounds. */
@IntegrationTest
class RelayGiveUpTest {

  @Autowired Events events;
  @Autowired OutboxRepository outbox;
  @Autowired DataSource dataSource;
  @Autowired List<EventSubscriber> subscribers;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired OutboxRelay applicationRelay;

  @Test
  void brokenSubscriberIsGivenUpAfterMaxAttemptsWithoutBreakingOrder() throws Exception {
    var broken = new Subscriber("test.broken", true);
    var healthy = new Subscriber("test.healthy", false);
    var all = new ArrayList<EventSubscriber>(subscribers);
    all.add(broken);
    all.add(healthy);
    var meters = new SimpleMeterRegistry();
    var props = new EventsProperties(null, null, 0, null, 0, Duration.ofMillis(1), null, 2, null);
    var relay = new OutboxRelay(outbox, dataSource, all, props, clock, meters);
    var held = "giveup-held-" + UUID.randomUUID();
    var free = "giveup-free-" + UUID.randomUUID();

    applicationRelay.stop(); // only the relay under test delivers these rows
    try {
      var tx = new TransactionTemplate(transactions);
      var first = tx.execute(s -> events.publish(TestEventTypes.CLAIM, held, null, null)).eventId();
      var second = tx.execute(s -> events.publish(TestEventTypes.CLAIM, held, null, null)).eventId();
      var other = tx.execute(s -> events.publish(TestEventTypes.PING, free, null, null)).eventId();

      relay.relayOnce();
      assertThat(healthy.seen).as("other resources flow on").contains(other);
      assertThat(healthy.seen).as("the held resource's next event waits").contains(first).doesNotContain(second);

      await().atMost(Duration.ofSeconds(10)).until(() -> {
        relay.relayOnce();
        return healthy.seen.contains(second) && published(second);
      });
      assertThat(healthy.seen).containsExactly(first, other, second);
      assertThat(broken.seen).containsExactly(first, first, second, second);
      assertThat(meters.counter("kelola.events.delivery.failures", "subscriber", "test.broken").count()).isEqualTo(4.0);
      assertThat(meters.counter("kelola.events.delivery.abandoned", "subscriber", "test.broken").count()).isEqualTo(2.0);
      assertThat(meters.counter("kelola.events.delivery.failures", "subscriber", "test.healthy").count()).isZero();
    } finally {
      applicationRelay.start();
    }
  }

  private boolean published(UUID eventId) {
    return jdbc.sql("SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id")
        .param("id", eventId).query(Boolean.class).single();
  }

  /** Accepts test.claim events (and test.ping unless broken); fails on purpose when broken. */
  static final class Subscriber implements EventSubscriber {
    private final String name;
    private final boolean broken;
    final List<UUID> seen = new CopyOnWriteArrayList<>();

    Subscriber(String name, boolean broken) {
      this.name = name;
      this.broken = broken;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean accepts(String subject) {
      return subject.equals(TestEventTypes.CLAIM) || (!broken && subject.equals(TestEventTypes.PING));
    }

    @Override
    public void on(EventEnvelope event) {
      seen.add(event.eventId());
      if (broken) throw new IllegalStateException("always broken");
    }
  }
}
