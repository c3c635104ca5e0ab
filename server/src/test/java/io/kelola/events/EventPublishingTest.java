package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventPublishingTest {

  @Autowired Events events;
  @Autowired RecordingSubscriber recorder;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void rolledBackPublishLeavesNothing() {
    var resource = "rollback-" + UUID.randomUUID();
    var tx = new TransactionTemplate(transactions);
    var published = tx.execute(status -> {
      var e = events.publish(TestEventTypes.PING, resource, null, Map.of("n", 1));
      status.setRollbackOnly();
      return e;
    });
    // a later commit proves the relay ran since the rollback
    var later = tx.execute(s -> events.publish(TestEventTypes.PING, resource + "-after", null, null));
    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.deliveries(later.eventId()) == 1);

    assertThat(recorder.deliveries(published.eventId())).isZero();
    assertThat(recorder.received(resource)).isEmpty();
    assertThat(rowCount(published.eventId())).isZero();
  }

  @Test
  void committedEventIsDeliveredOnceWithTheEnvelope() {
    var resource = "commit-" + UUID.randomUUID();
    var owner = UUID.randomUUID();
    var published = new TransactionTemplate(transactions).execute(s ->
        events.publish(TestEventTypes.PING, resource, owner, Map.of("qty", 5, "unit", "kg")));

    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.deliveries(published.eventId()) == 1);
    var got = recorder.received(resource);
    assertThat(got).hasSize(1);
    var e = got.getFirst();
    assertThat(e.eventId()).isEqualTo(published.eventId());
    assertThat(e.eventType()).isEqualTo("test.ping");
    assertThat(e.occurredAt()).isEqualTo(published.occurredAt())
        .isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(400)));
    assertThat(e.occurredAt().atOffset(ZoneOffset.UTC).toString()).endsWith("Z");
    assertThat(e.actorId()).as("system work has no actor").isNull();
    assertThat(e.ownerUserId()).isEqualTo(owner);
    assertThat(e.resourceId()).isEqualTo(resource);
    assertThat(e.payload().get("qty").asInt()).isEqualTo(5);
    assertThat(e.payload().get("unit").asString()).isEqualTo("kg");
    assertThat(published.sequence()).as("assigned when delivered").isZero();
    assertThat(e.sequence()).isPositive();
    await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
            "SELECT published_at IS NOT NULL FROM t_event_outbox WHERE event_id = :id")
        .param("id", published.eventId()).query(Boolean.class).single());
    assertThat(recorder.deliveries(published.eventId())).isEqualTo(1);
  }

  @Test
  void actorIsTheCallersPublicUuid() {
    var caller = new KelolaPrincipal(42L, UUID.randomUUID(), "caller", "Caller", "ADMIN", Set.of(), 7L, UUID.randomUUID());
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(caller, null, java.util.List.of()));
    var resource = "actor-" + UUID.randomUUID();
    var published = new TransactionTemplate(transactions).execute(s ->
        events.publish(TestEventTypes.PING, resource, null, null));

    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.deliveries(published.eventId()) == 1);
    var e = recorder.received(resource).getFirst();
    assertThat(e.actorId()).isEqualTo(caller.userUuid());
    assertThat(e.payload().isEmpty()).isTrue();
  }

  @Test
  void publishingNeedsTheCallersTransaction() {
    assertThatThrownBy(() -> events.publish(TestEventTypes.PING, "no-tx", null, null))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void readOnlyTransactionsCannotPublish() {
    var tx = new TransactionTemplate(transactions);
    tx.setReadOnly(true);
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish(TestEventTypes.PING, "ro", null, null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
  }

  @Test
  void unknownOrMalformedSubjectsAndBadPayloadsAreRefused() {
    var tx = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish("test.pnig", "r1", null, null)))
        .isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("Unknown event subject 'test.pnig'");
    for (var bad : new String[] {"lot.*", "lot.>", "Lot.Created", "lot..created", ".lot", "x".repeat(101), ""}) {
      assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish(bad, "r1", null, null)))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid event subject");
    }
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish(TestEventTypes.PING, "r1", null, 42)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish(TestEventTypes.PING, " ", null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resource id");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publish(TestEventTypes.TYPED, "r1", null, Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TestEventTypes.Typed.class.getName());
  }

  @Test
  void typedPayloadIsStoredAsItsJsonObject() {
    var resource = "typed-" + UUID.randomUUID();
    var published = new TransactionTemplate(transactions).execute(s ->
        events.publish(TestEventTypes.TYPED, resource, null, new TestEventTypes.Typed("drum", 3)));
    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.deliveries(published.eventId()) == 1);
    var payload = recorder.received(resource).getFirst().payload();
    assertThat(payload.get("name").asString()).isEqualTo("drum");
    assertThat(payload.get("count").asInt()).isEqualTo(3);
  }

  private long rowCount(UUID eventId) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_id = :id").param("id", eventId)
        .query(Long.class).single();
  }
}
