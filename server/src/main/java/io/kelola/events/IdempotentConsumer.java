package io.kelola.events;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a subscriber's effect happen once per event: the effect and the "consumed" mark commit in one
 * transaction, and an event already marked for this consumer is skipped.
 */
@Component
public class IdempotentConsumer {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  IdempotentConsumer(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Runs {@code effect} for {@code event} unless {@code consumer} already did; joins the caller's
   * transaction if there is one. An exception from the effect rolls back the mark too, so the
   * redelivery tries again.
   *
   * @return true when the effect ran, false when the event had already been consumed
   */
  public boolean consume(String consumer, EventEnvelope event, Runnable effect) {
    return Boolean.TRUE.equals(tx.execute(status -> {
      int marked = jdbc.sql("""
          INSERT INTO t_event_consumed (consumer, event_id, consumed_at) VALUES (:consumer, :eventId, :at)
          ON CONFLICT DO NOTHING""")
          .param("consumer", consumer).param("eventId", event.eventId())
          .param("at", Timestamp.from(clock.instant())).update();
      if (marked == 0) return false;
      effect.run();
      return true;
    }));
  }
}
