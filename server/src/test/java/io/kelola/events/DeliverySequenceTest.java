package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The replay cursor follows delivery, not insert order: an event whose transaction took the lower
 * outbox id but committed last is still replayed to a client that already saw the other one.
 */
@IntegrationTest
class DeliverySequenceTest {

  @Autowired Events events;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aLateCommitIsSequencedAfterWhatWasAlreadyDelivered() throws Exception {
    var insertedFirst = new CountDownLatch(1);
    var mayCommit = new CountDownLatch(1);
    var slow = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(s -> {
      var e = events.publish(TestEventTypes.PING, "seq-slow-" + UUID.randomUUID(), null, null);
      // runs after the outbox row is written (registered later, same order): hold the commit
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          insertedFirst.countDown();
          awaitLatch(mayCommit);
        }
      });
      return e;
    }));
    assertThat(insertedFirst.await(10, TimeUnit.SECONDS)).isTrue();
    var fast = new TransactionTemplate(transactions).execute(s ->
        events.publish(TestEventTypes.PING, "seq-fast-" + UUID.randomUUID(), null, null));
    await().atMost(Duration.ofSeconds(10)).until(() -> delivered(fast.eventId()));

    mayCommit.countDown();
    var late = slow.get(10, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(10)).until(() -> delivered(late.eventId()));

    assertThat(column("id", late.eventId())).as("took the lower id").isLessThan(column("id", fast.eventId()));
    long seen = column("seq", fast.eventId());
    assertThat(column("seq", late.eventId())).as("delivered later, sequenced later").isGreaterThan(seen);
    assertThat(events.since(seen, 1000)).extracting(EventEnvelope::eventId).contains(late.eventId());
  }

  private boolean delivered(UUID eventId) {
    return jdbc.sql("SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id").param("id", eventId)
        .query(Boolean.class).single();
  }

  private long column(String name, UUID eventId) {
    return jdbc.sql("SELECT " + name + " FROM t_event_outbox WHERE event_id = :id").param("id", eventId)
        .query(Long.class).single();
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) throw new IllegalStateException("test latch timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
