package io.kelola.events;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Seed 000 subjects not owned by a business module yet (the SARI ones are typed by {@code extracts},
 * {@code lot.status_changed} by {@code inventory}).
 */
@Component
class SeedEventTypes implements EventTypeProvider {

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.planned("audit.log_created", "audit", "An audit log entry was recorded."));
  }
}
