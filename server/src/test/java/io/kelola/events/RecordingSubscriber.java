package io.kelola.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Records every test event it receives, per resource and per event id. */
@Component
class RecordingSubscriber implements EventSubscriber {

  private final Map<String, List<EventEnvelope>> byResource = new ConcurrentHashMap<>();
  private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
  private final Map<UUID, String> threads = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "test.recorder";
  }

  @Override
  public boolean accepts(String subject) {
    return SubjectPattern.matches("test.>", subject);
  }

  @Override
  public void on(EventEnvelope event) {
    byResource.computeIfAbsent(event.resourceId(), r -> new CopyOnWriteArrayList<>()).add(event);
    deliveries.merge(event.eventId(), 1, Integer::sum);
    threads.put(event.eventId(), Thread.currentThread().getName());
  }

  List<EventEnvelope> received(String resourceId) {
    return List.copyOf(byResource.getOrDefault(resourceId, List.of()));
  }

  int deliveries(UUID eventId) {
    return deliveries.getOrDefault(eventId, 0);
  }
}
