package io.kelola.events;

import java.util.List;

/** Implemented by a module (as a Spring bean) to declare the event subjects it publishes. */
public interface EventTypeProvider {

  List<EventType> eventTypes();
}
