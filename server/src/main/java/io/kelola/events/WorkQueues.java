package io.kelola.events;

import java.util.function.Consumer;

/**
 * Durable, competing consumption of events for background workers (NATS mode, ADR 0008): every
 * event matching the pattern is handled once per queue name across all instances, retried on
 * failure, and its effect applied once.
 */
public interface WorkQueues {

  /**
   * Starts consuming: {@code handler} runs inside an {@link IdempotentConsumer} transaction for
   * {@code name}; the message is acknowledged only after that transaction commits, and a throwing
   * handler rolls back and gets the event again later (up to {@code max-attempts} deliveries).
   * Calling it with the same name on several instances shares the work between them.
   *
   * @param name durable queue name: letters, digits, {@code -} and {@code _}
   * @param subjectPattern events to take, such as {@code qc.job.*} (see {@link SubjectPattern})
   * @return a handle whose {@code close()} stops this consumer (the queue keeps its position)
   */
  Subscription consume(String name, String subjectPattern, Consumer<EventEnvelope> handler);

  /** A running consumer. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
