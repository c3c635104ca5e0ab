package io.kelola.events.cluster;

import io.kelola.events.EventEnvelope;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Everything the events stream holds, read message by message from its first sequence: the reconciliation side. */
record StreamContents(List<StoredEvent> messages) {

  static final String STREAM = "KELOLA_EVENTS";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One stream message: its stream sequence, its {@code Nats-Msg-Id} and the envelope it carries. */
  record StoredEvent(long streamSeq, String msgId, EventEnvelope envelope) {}

  static StreamContents read(String natsUrl) throws IOException, InterruptedException, JetStreamApiException {
    try (var connection = Nats.connect(natsUrl)) {
      var jsm = connection.jetStreamManagement();
      var state = jsm.getStreamInfo(STREAM).getStreamState();
      var found = new ArrayList<StoredEvent>();
      for (long seq = state.getFirstSequence(); seq <= state.getLastSequence() && state.getMsgCount() > 0; seq++) {
        var m = jsm.getMessage(STREAM, seq);
        var msgId = m.getHeaders() == null ? null : m.getHeaders().getFirst("Nats-Msg-Id");
        found.add(new StoredEvent(m.getSeq(), msgId, decode(m.getData())));
      }
      return new StreamContents(List.copyOf(found));
    }
  }

  /** Decodes a message body as the relay wrote it (the envelope JSON plus its outbox sequence). */
  static EventEnvelope decode(byte[] body) {
    var tree = JSON.readTree(body);
    var owner = tree.get("owner_user_id");
    return new EventEnvelope(tree.get("sequence").asLong(), UUID.fromString(tree.get("event_id").asString()),
        tree.get("event_type").asString(), Instant.parse(tree.get("occurred_at").asString()), null,
        owner == null || owner.isNull() ? null : UUID.fromString(owner.asString()), tree.get("resource_id").asString(),
        (ObjectNode) tree.get("payload"));
  }

  /** How many messages carry each event id. */
  Map<UUID, Long> copiesPerEvent() {
    return messages.stream().collect(Collectors.groupingBy(m -> m.envelope().eventId(), Collectors.counting()));
  }

  /** Event ids per resource, in stream order. */
  Map<String, List<UUID>> orderPerResource() {
    var order = new HashMap<String, List<UUID>>();
    for (var m : messages) {
      order.computeIfAbsent(m.envelope().resourceId(), r -> new ArrayList<>()).add(m.envelope().eventId());
    }
    return order;
  }

  /** The envelope of each event id. */
  Map<UUID, EventEnvelope> byEventId() {
    return messages.stream().collect(Collectors.toMap(m -> m.envelope().eventId(), StoredEvent::envelope,
        (first, again) -> first));
  }
}
