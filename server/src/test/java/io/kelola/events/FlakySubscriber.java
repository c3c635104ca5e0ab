package io.kelola.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@code test.flaky} events through {@link IdempotentConsumer}, failing on purpose (after
 * writing) as often as a test asks, to show that a failed attempt leaves nothing behind.
 */
@Component
class FlakySubscriber implements EventSubscriber {

  static final String NAME = "test.flaky";

  private final IdempotentConsumer idempotent;
  private final JdbcClient jdbc;
  final AtomicInteger failuresLeft = new AtomicInteger();
  final AtomicInteger effects = new AtomicInteger();
  final List<Boolean> results = new CopyOnWriteArrayList<>();

  FlakySubscriber(IdempotentConsumer idempotent, JdbcClient jdbc) {
    this.idempotent = idempotent;
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(String subject) {
    return subject.equals(TestEventTypes.FLAKY);
  }

  @Override
  public void on(EventEnvelope event) {
    results.add(idempotent.consume(NAME, event, () -> {
      // the effect: a row written in the same transaction as the consumed mark
      jdbc.sql("INSERT INTO t_event_consumed (consumer, event_id) VALUES ('test.flaky.effect', :id)")
          .param("id", event.eventId()).update();
      if (failuresLeft.getAndDecrement() > 0) throw new IllegalStateException("simulated failure");
      effects.incrementAndGet();
    }));
  }
}
