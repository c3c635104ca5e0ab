package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import io.kelola.events.EventSubscriber;
import io.kelola.events.SubjectPattern;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Records the test events this instance's subscribers get, per resource and per event id. */
@Component
public class NatsRecordingSubscriber implements EventSubscriber {

  private final String name;
  private final Map<String, List<EventEnvelope>> byResource = new ConcurrentHashMap<>();
  private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();

  NatsRecordingSubscriber() {
    this("test.nats-recorder");
  }

  NatsRecordingSubscriber(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean accepts(String subject) {
    return SubjectPattern.matches("test.>", subject);
  }

  @Override
  public void on(EventEnvelope event) {
    byResource.computeIfAbsent(event.resourceId(), r -> new CopyOnWriteArrayList<>()).add(event);
    deliveries.merge(event.eventId(), 1, Integer::sum);
  }

  public List<EventEnvelope> received(String resourceId) {
    return List.copyOf(byResource.getOrDefault(resourceId, List.of()));
  }

  public int deliveries(UUID eventId) {
    return deliveries.getOrDefault(eventId, 0);
  }
}
