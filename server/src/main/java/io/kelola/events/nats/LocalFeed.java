package io.kelola.events.nats;

import io.kelola.events.EventSubscriber;
import io.kelola.events.EventsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.ConsumeOptions;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.OrderedConsumerConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds this instance's {@link EventSubscriber}s (the realtime hub) from the stream: an ordered
 * ephemeral consumer from "new" that the client re-creates after the last stream sequence it saw when
 * the connection drops. Each instance runs one, so every instance sees every event; recently seen
 * event ids are remembered so a redelivered message reaches a subscriber once.
 */
class LocalFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LocalFeed.class);
  private static final int REMEMBERED_IDS = 10_000;

  private final Connection connection;
  private final EventsProperties props;
  private final List<EventSubscriber> subscribers;
  private final EnvelopeCodec codec;
  private final MeterRegistry meters;
  private final Map<UUID, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
      return size() > REMEMBERED_IDS;
    }
  };
  private volatile MessageConsumer consumer;

  LocalFeed(Connection connection, EventsProperties props, List<EventSubscriber> subscribers, EnvelopeCodec codec,
      MeterRegistry meters) {
    this.connection = connection;
    this.props = props;
    this.subscribers = List.copyOf(subscribers);
    this.codec = codec;
    this.meters = meters;
  }

  void onMessage(Message message) {
    var e = codec.decode(message.getData());
    synchronized (seen) {
      if (seen.put(e.eventId(), Boolean.TRUE) != null) return;
    }
    for (var s : subscribers) {
      if (!s.accepts(e.eventType())) continue;
      try {
        s.on(new io.kelola.events.EventEnvelope(e.sequence(), e.eventId(), e.eventType(), e.occurredAt(), e.actorId(),
            e.ownerUserId(), e.resourceId(), e.payload().deepCopy()));
      } catch (RuntimeException ex) {
        meters.counter("kelola.events.delivery.failures", "subscriber", s.name()).increment();
        log.warn("Event {} ({}) failed in subscriber {} (NATS feed, not retried): {}", e.eventId(), e.eventType(),
            s.name(), ex.toString());
      }
    }
  }

  @Override
  public void start() {
    try {
      var ordered = connection.getStreamContext(props.nats().stream()).createOrderedConsumer(
          new OrderedConsumerConfiguration().filterSubject(EnvelopeCodec.PREFIX + ">").deliverPolicy(DeliverPolicy.New));
      // short pulls: a dropped connection is noticed (missed heartbeats) within seconds
      consumer = ordered.consume(ConsumeOptions.builder().expiresIn(5_000).build(), this::onMessage);
    } catch (Exception ex) {
      throw new IllegalStateException("Cannot consume NATS stream " + props.nats().stream(), ex);
    }
  }

  @Override
  public void stop() {
    var c = consumer;
    consumer = null;
    if (c == null) return;
    try {
      c.close();
    } catch (Exception ex) {
      log.debug("Closing the NATS feed: {}", ex.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return consumer != null;
  }
}
