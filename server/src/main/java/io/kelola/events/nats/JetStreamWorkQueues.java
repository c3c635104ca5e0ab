package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventsProperties;
import io.kelola.events.IdempotentConsumer;
import io.kelola.events.SubjectPattern;
import io.kelola.events.WorkQueues;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@link WorkQueues} on durable JetStream pull consumers with explicit ack: instances using the same
 * name compete for messages; a message is acked after the handler's idempotent transaction commits and
 * nak'ed with backoff when it throws.
 */
class JetStreamWorkQueues implements WorkQueues, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JetStreamWorkQueues.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Connection connection;
  private final EventsProperties props;
  private final EnvelopeCodec codec;
  private final IdempotentConsumer idempotent;
  private final Set<MessageConsumer> running = ConcurrentHashMap.newKeySet();

  JetStreamWorkQueues(Connection connection, EventsProperties props, EnvelopeCodec codec, IdempotentConsumer idempotent) {
    this.connection = connection;
    this.props = props;
    this.codec = codec;
    this.idempotent = idempotent;
  }

  @Override
  public Subscription consume(String name, String subjectPattern, Consumer<EventEnvelope> handler) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Work queue name must be 1 to 64 letters, digits, '-' or '_': " + name);
    }
    SubjectPattern.of(subjectPattern);
    var config = ConsumerConfiguration.builder()
        .durable(name)
        .filterSubject(EnvelopeCodec.subject(subjectPattern))
        .ackPolicy(AckPolicy.Explicit)
        .ackWait(props.nats().ackWait())
        .maxDeliver(props.maxAttempts())
        .deliverPolicy(DeliverPolicy.New)
        .build();
    try {
      var context = connection.getStreamContext(props.nats().stream()).createOrUpdateConsumer(config);
      var consumer = context.consume(message -> handle(name, message, handler));
      running.add(consumer);
      return () -> {
        running.remove(consumer);
        stop(consumer);
      };
    } catch (Exception ex) {
      throw new IllegalStateException("Cannot start work queue " + name, ex);
    }
  }

  private void handle(String name, Message message, Consumer<EventEnvelope> handler) {
    EventEnvelope event;
    try {
      event = codec.decode(message.getData());
    } catch (RuntimeException ex) {
      log.error("Work queue {} dropped an unreadable message: {}", name, ex.toString());
      message.term();
      return;
    }
    try {
      idempotent.consume(name, event, () -> handler.accept(event));
    } catch (RuntimeException ex) {
      long delivered = message.metaData().deliveredCount();
      Duration wait = props.backoff((int) Math.min(delivered, Integer.MAX_VALUE));
      log.warn("Work queue {} failed on event {} ({}) at delivery {}; retrying in {}: {}", name, event.eventId(),
          event.eventType(), delivered, wait, ex.toString());
      message.nakWithDelay(wait);
      return;
    }
    message.ack();
  }

  private static void stop(MessageConsumer consumer) {
    try {
      consumer.close();
    } catch (Exception ex) {
      log.debug("Closing a work queue consumer: {}", ex.toString());
    }
  }

  @Override
  public void destroy() {
    for (var c : running) stop(c);
    running.clear();
  }
}
