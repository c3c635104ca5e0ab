package io.kelola.events.nats;

import io.kelola.events.EventEnvelope;
import java.time.Instant;
import java.util.UUID;
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
    ObjectNode tree = json.valueToTree(e);
    tree.put("sequence", e.sequence());
    return json.writeValueAsBytes(tree);
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
