package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventEnvelopeJsonTest {

  @Test
  void serialisesWithTheSeedFieldNames() {
    var json = JsonMapper.builder().build();
    var payload = json.createObjectNode().put("lot_code", "L-001");
    var actor = UUID.randomUUID();
    var e = new EventEnvelope(17, UUID.randomUUID(), "qc.job.created", Instant.parse("2026-05-27T04:10:00Z"),
        actor, null, "job-1", payload);

    var tree = json.readTree(json.writeValueAsString(e));
    assertThat(tree.propertyNames()).containsExactlyInAnyOrder(
        "event_id", "event_type", "occurred_at", "actor_id", "owner_user_id", "resource_id", "payload");
    assertThat(tree.get("event_id").asString()).isEqualTo(e.eventId().toString());
    assertThat(tree.get("occurred_at").asString()).isEqualTo("2026-05-27T04:10:00Z");
    assertThat(tree.get("actor_id").asString()).isEqualTo(actor.toString());
    assertThat(tree.get("owner_user_id").isNull()).isTrue();
    assertThat(tree.get("payload").get("lot_code").asString()).isEqualTo("L-001");
  }

  @Test
  void subscribersGetTheirOwnPayloadCopy() {
    var payload = JsonMapper.builder().build().createObjectNode().put("n", 1);
    var e = new EventEnvelope(1, UUID.randomUUID(), "lot.created", Instant.now(), null, null, "r", payload);
    var copy = e.detached();
    copy.payload().put("n", 2);
    assertThat(e.payload().get("n").asInt()).isEqualTo(1);
  }
}
