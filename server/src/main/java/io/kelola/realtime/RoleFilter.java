package io.kelola.realtime;

import io.kelola.events.EventEnvelope;
import io.kelola.events.SubjectPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Which events a caller may see: the configured role → subjects table plus owner scoping. */
@Component
class RoleFilter {

  private final Map<String, List<SubjectPattern>> byRole = new HashMap<>();
  private final Set<String> ownerScoped;

  RoleFilter(RealtimeProperties props) {
    props.roleSubjects().forEach((role, patterns) ->
        byRole.put(role, patterns.stream().map(SubjectPattern::of).toList()));
    this.ownerScoped = props.ownerScopedRoles();
  }

  /** Whether a user of {@code role} (public id {@code userUuid}) may receive {@code event}. */
  boolean allows(String role, UUID userUuid, EventEnvelope event) {
    var patterns = byRole.get(role);
    if (patterns == null || patterns.stream().noneMatch(p -> p.matches(event.eventType()))) return false;
    return !ownerScoped.contains(role) || (userUuid != null && userUuid.equals(event.ownerUserId()));
  }
}
