package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps docs/events.md equal to the catalog: writes it when missing or with
 * {@code -Dkelola.docs.write=true}, otherwise fails when the committed file differs.
 */
@IntegrationTest
class EventCatalogDocsTest {

  private static final Path DOC = Path.of("../docs/events.md");

  @Autowired EventCatalog catalog;

  @Test
  void catalogHoldsTheSeedSubjects() {
    assertThat(catalog.entries()).extracting(EventType::subject).contains(
        "lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.created", "qc.job.completed",
        "qc.job.needs_human_review", "qc.job.reviewed", "qc.job.failed", "qc.job.approved",
        "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed", "audit.log_created");
    assertThat(catalog.require("audit.log_created").module()).isEqualTo("audit");
    assertThat(catalog.require("qc.job.created").isPlanned()).isFalse();
    assertThat(catalog.require("qc.job.created").module()).isEqualTo("extracts");
    assertThat(catalog.require("audit.log_created").isPlanned()).isTrue();
    assertThatThrownBy(() -> catalog.require("qc.job.creatd")).isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("qc.job.creatd").hasMessageContaining("docs/events.md");
  }

  @Test
  void duplicateSubjectsAreRefused() {
    EventTypeProvider one = () -> java.util.List.of(EventType.planned("a.b", "x", "One."));
    EventTypeProvider two = () -> java.util.List.of(EventType.planned("a.b", "y", "Two."));
    assertThatThrownBy(() -> new EventCatalog(java.util.List.of(one, two)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.b");
  }

  @Test
  void docsMatchTheCatalog() throws IOException {
    var expected = render();
    if (Boolean.getBoolean("kelola.docs.write") || !Files.exists(DOC)) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/events.md is stale: run the EventCatalogDocsTest with -Dkelola.docs.write=true and commit it")
        .isEqualTo(expected);
  }

  private String render() {
    var md = new StringBuilder("""
        # Event catalog

        <!-- Generated from io.kelola.events.EventCatalog by EventCatalogDocsTest; do not edit by hand.
             Regenerate: mvn -B -o -pl server test -Dtest=EventCatalogDocsTest -Dkelola.docs.write=true -->

        Every subject a module may publish with `Events.publish(subject, resourceId, ownerUserId, payload)`.
        Publishing a subject that is not listed here fails. Each event travels in the envelope of seed 000:
        `event_id` (UUID), `event_type` (the subject), `occurred_at` (UTC, RFC 3339), `actor_id` and
        `owner_user_id` (public user UUIDs), `resource_id` (public id) and `payload` (JSON object).
        Subscribers select subjects with NATS-style patterns (`*` one token, `>` the rest), see
        `SubjectPattern`. Delivery and ordering: ADR 0006.

        | Subject | Publishing module | Payload | Description |
        |---|---|---|---|
        """);
    for (var type : catalog.entries()) {
      if (type.module().equals(TestEventTypes.MODULE)) continue;
      md.append("| `").append(type.subject()).append("` | ").append(type.module()).append(" | ")
          .append(type.isPlanned() ? "planned" : "`" + type.payloadType().getName() + "`").append(" | ")
          .append(type.description()).append(" |\n");
    }
    return md.toString();
  }
}
