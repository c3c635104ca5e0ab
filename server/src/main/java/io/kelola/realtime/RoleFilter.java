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
    return roleSees(role, event.eventType()) && ownerMay(role, userUuid, event);
  }

  /** The decisions for one event: each role's subject match is worked out once, not once per client. */
  Decisions decisionsFor(EventEnvelope event) {
    return new Decisions(event);
  }

  private boolean roleSees(String role, String subject) {
    var patterns = byRole.get(role);
    return patterns != null && patterns.stream().anyMatch(p -> p.matches(subject));
  }

  private boolean ownerMay(String role, UUID userUuid, EventEnvelope event) {
    return !ownerScoped.contains(role) || (userUuid != null && userUuid.equals(event.ownerUserId()));
  }

  /** {@link #allows} for one event and many clients; used by one thread at a time. */
  final class Decisions {

    private final EventEnvelope event;
    private final Map<String, Boolean> roleSees = new HashMap<>();

    private Decisions(EventEnvelope event) {
      this.event = event;
    }

    boolean allows(String role, UUID userUuid) {
      if (role == null) return false;
      var sees = roleSees.get(role); // get/put rather than computeIfAbsent: no lambda per client
      if (sees == null) {
        sees = roleSees(role, event.eventType());
        roleSees.put(role, sees);
      }
      return sees && ownerMay(role, userUuid, event);
    }
  }
}
