package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import io.kelola.events.OutgoingEvent;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JetStream message body: the envelope JSON plus its outbox {@code sequence}, so every instance
 * hands its SSE clients the same global sequence as embedded mode.
 */
final class EnvelopeCodec {

  /** Subject prefix of every event; the event type follows it. */
  static final String PREFIX = "kelola.events.";

  private final JsonMapper json;

  EnvelopeCodec(JsonMapper json) {
    this.json = json;
  }

  static String subject(String eventType) {
    return PREFIX + eventType;
  }

  byte[] encode(EventEnvelope e) {
    return encode(new OutgoingEvent(0, e.sequence(), e.eventId(), e.eventType(), e.occurredAt(), e.actorId(),
        e.ownerUserId(), e.resourceId(), json.writeValueAsString(e.payload())));
  }

  /**
   * The body of an outbox row as read, written field by field with the payload copied as it is: the
   * relay's hot path, which neither parses nor rebuilds a tree.
   */
  byte[] encode(OutgoingEvent e) {
    var out = new ByteArrayOutputStream(256 + e.payloadJson().length());
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("event_id", e.eventId().toString());
      g.writeStringProperty("event_type", e.eventType());
      g.writeStringProperty("occurred_at", e.occurredAt().toString());
      writeUuid(g, "actor_id", e.actorId());
      writeUuid(g, "owner_user_id", e.ownerUserId());
      g.writeStringProperty("resource_id", e.resourceId());
      g.writeName("payload");
      g.writeRawValue(e.payloadJson());
      g.writeNumberProperty("sequence", e.sequence());
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void writeUuid(JsonGenerator g, String name, UUID id) {
    if (id == null) g.writeNullProperty(name);
    else g.writeStringProperty(name, id.toString());
  }

  EventEnvelope decode(byte[] body) {
    var tree = json.readTree(body);
    return new EventEnvelope(
        tree.get("sequence").asLong(),
        UUID.fromString(tree.get("event_id").asString()),
        tree.get("event_type").asString(),
        Instant.parse(tree.get("occurred_at").asString()),
        uuid(tree.get("actor_id")),
        uuid(tree.get("owner_user_id")),
        tree.get("resource_id").asString(),
        (ObjectNode) tree.get("payload"));
  }

  private static UUID uuid(JsonNode node) {
    return node == null || node.isNull() ? null : UUID.fromString(node.asString());
  }
}
