package io.kelola.events;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every event subject the system may publish, collected from the modules' {@link EventTypeProvider}s.
 * Publishing refuses anything not listed here; {@code docs/events.md} is generated from it.
 */
@Component
public class EventCatalog {

  private final Map<String, EventType> bySubject;

  EventCatalog(List<EventTypeProvider> providers) {
    var map = new TreeMap<String, EventType>();
    for (var provider : providers) {
      for (var type : provider.eventTypes()) {
        var previous = map.putIfAbsent(type.subject(), type);
        if (previous != null) {
          throw new IllegalStateException("Event subject " + type.subject() + " is declared twice (modules "
              + previous.module() + " and " + type.module() + ")");
        }
      }
    }
    this.bySubject = Collections.unmodifiableMap(map);
  }

  /** All entries, sorted by subject. */
  public List<EventType> entries() {
    return List.copyOf(bySubject.values());
  }

  public Optional<EventType> find(String subject) {
    return Optional.ofNullable(bySubject.get(subject));
  }

  /** The entry for {@code subject}, or {@link UnknownEventTypeException}. */
  public EventType require(String subject) {
    var type = bySubject.get(subject);
    if (type == null) throw new UnknownEventTypeException(subject);
    return type;
  }
}
