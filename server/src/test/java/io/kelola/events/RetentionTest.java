package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.support.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivered rows leave the outbox after the retention window or beyond the row limit; pending rows stay. */
@IntegrationTest
class RetentionTest {

  @Autowired Events events;
  @Autowired OutboxRepository outbox;
  @Autowired DataSource dataSource;
  @Autowired EventsProperties props;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void defaultsKeepADayAndAHundredThousandRows() {
    assertThat(props.retention()).isEqualTo(Duration.ofHours(24));
    assertThat(props.retentionMaxEvents()).isEqualTo(100_000);
    assertThat(props.mode()).isEqualTo(EventsProperties.Mode.EMBEDDED);
  }

  @Test
  void rowsOlderThanTheWindowAreDeleted() {
    var delivered = publishAndAwaitDelivery("ret-old-");
    var pending = insertPending();
    var relay = relay(props);

    relay.purge(clock.instant());
    assertThat(exists(delivered)).as("inside the window").isTrue();

    relay.purge(clock.instant().plus(Duration.ofHours(25)));
    assertThat(exists(delivered)).as("outside the window").isFalse();
    assertThat(exists(pending)).as("never delivered, so kept").isTrue();
  }

  @Test
  void rowsBeyondTheMaximumCountAreDeleted() {
    var older = publishAndAwaitDelivery("ret-max-");
    var newer = publishAndAwaitDelivery("ret-max-");
    var keepOne = new EventsProperties(null, null, 0, null, 1, null, null, 0, null);

    relay(keepOne).purge(clock.instant());
    assertThat(exists(older)).isFalse();
    assertThat(exists(newer)).as("the newest row is kept").isTrue();
  }

  @Test
  void consumedMarksAreForgottenOnceNoRedeliveryCanReachThem() {
    var stale = UUID.randomUUID();
    var recent = UUID.randomUUID();
    jdbc.sql("INSERT INTO t_event_consumed (consumer, event_id, consumed_at) VALUES "
            + "('ret-test', :stale, now() - interval '3 days'), ('ret-test', :recent, now() - interval '23 hours')")
        .param("stale", stale).param("recent", recent).update();

    relay(props).purge(clock.instant());

    var left = jdbc.sql("SELECT event_id FROM t_event_consumed WHERE consumer = 'ret-test'").query(UUID.class).list();
    assertThat(left).as("24 h retention + 10 attempts × 5 min").containsExactly(recent);
  }

  private OutboxRelay relay(EventsProperties p) {
    return new OutboxRelay(outbox, dataSource, List.of(), p, clock, new SimpleMeterRegistry());
  }

  private UUID publishAndAwaitDelivery(String prefix) {
    var e = new TransactionTemplate(transactions).execute(s ->
        events.publish(TestEventTypes.PING, prefix + UUID.randomUUID(), null, null));
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id")
        .param("id", e.eventId()).query(Boolean.class).single());
    return e.eventId();
  }

  /** A pending row the application's relay will not touch yet: it waits for a retry far ahead. */
  private UUID insertPending() {
    var id = UUID.randomUUID();
    jdbc.sql("""
        INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload, next_attempt_at)
        VALUES (:id, 'test.ping', now() - interval '2 days', :r, '{}', now() + interval '1 hour')""")
        .param("id", id).param("r", "ret-pending-" + id).update();
    return id;
  }

  private boolean exists(UUID eventId) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_id = :id").param("id", eventId)
        .query(Long.class).single() == 1;
  }
}
