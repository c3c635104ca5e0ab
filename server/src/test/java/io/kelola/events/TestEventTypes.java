package io.kelola.events;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Test-only subjects (module {@value #MODULE}), picked up by component scanning in test contexts
 * only; left out of the generated docs/events.md.
 */
@Component
class TestEventTypes implements EventTypeProvider {

  static final String MODULE = "test";
  static final String PING = "test.ping";
  static final String ORDERED = "test.ordered";
  static final String FLAKY = "test.flaky";
  static final String CLAIM = "test.claim";
  static final String TYPED = "test.typed";

  /** Payload of {@link #TYPED}. */
  record Typed(String name, int count) {}

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.planned(PING, MODULE, "Any test event."),
        EventType.planned(ORDERED, MODULE, "Ordering test event."),
        EventType.planned(FLAKY, MODULE, "Delivered to a subscriber that fails on purpose."),
        EventType.planned(CLAIM, MODULE, "Relay claim test event."),
        EventType.of(TYPED, Typed.class, MODULE, "Event with a typed payload."));
  }
}
