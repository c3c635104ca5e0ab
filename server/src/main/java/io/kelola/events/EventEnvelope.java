package io.kelola.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event as every consumer sees it (seed 000 envelope). Users are identified by their public
 * UUIDs, never internal ids.
 *
 * @param sequence position in the order the relay delivers events (the SSE id); not part of the JSON
 *     envelope
 * @param actorId who caused the event; null for system work
 * @param ownerUserId whose resource it is, for owner-scoped filtering; null when nobody owns it
 * @param payload subject-specific data, always a JSON object
 */
public record EventEnvelope(
    @JsonIgnore long sequence,
    @JsonProperty("event_id") UUID eventId,
    @JsonProperty("event_type") String eventType,
    @JsonProperty("occurred_at") Instant occurredAt,
    @JsonProperty("actor_id") UUID actorId,
    @JsonProperty("owner_user_id") UUID ownerUserId,
    @JsonProperty("resource_id") String resourceId,
    @JsonProperty("payload") ObjectNode payload) {

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(payload, "payload");
  }

  /** A copy with its own payload tree, so one subscriber cannot change what the next one sees. */
  EventEnvelope detached() {
    return new EventEnvelope(sequence, eventId, eventType, occurredAt, actorId, ownerUserId, resourceId,
        payload.deepCopy());
  }
}
