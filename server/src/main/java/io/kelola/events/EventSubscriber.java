package io.kelola.events;

/**
 * An in-process consumer of events, registered as a Spring bean. Delivery is at least once and in
 * order per resource; wrap effects in {@link IdempotentConsumer} so a redelivery changes nothing.
 * Throwing makes the relay retry the event later (with backoff) before the resource's next event.
 */
public interface EventSubscriber {

  /** Stable, unique name: used for retries bookkeeping, metrics and idempotency marks. */
  String name();

  /** Whether this subscriber wants events of {@code subject} (see {@link SubjectPattern}). */
  boolean accepts(String subject);

  void on(EventEnvelope event);
}
