package io.kelola.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.Events;
import io.kelola.events.nats.NatsServerProcess;
import io.kelola.realtime.SseStream;
import io.kelola.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two servers sharing one PostgreSQL and one NATS (ADR 0008): an event committed on A reaches B's SSE
 * clients through the stream, filtered by B's role table, with the relay's sequence as SSE id.
 */
class TwoInstancesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static NatsServerProcess nats;
  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoInstances() {
    nats = NatsServerProcess.start();
    a = Instances.start(nats.url(), Map.of("kelola.db.embedded.ephemeral", "true", "kelola.demo.enabled", "true"));
    var database = new java.util.HashMap<>(Instances.externalDatabase(a.getBean(EmbeddedPostgres.class).getPort()));
    database.put("kelola.demo.enabled", "true");
    b = Instances.start(nats.url(), database);
  }

  @AfterAll
  static void stopAll() throws IOException {
    if (b != null) b.close();
    if (a != null) a.close();
    if (nats != null) nats.close();
  }

  @Test
  void anEventCommittedOnAReachesTheRightClientsOnB() {
    var m = "two-" + UUID.randomUUID();
    var sariOperator = userUuid("sari.operator");
    var operator1 = userUuid("operator1");
    int portB = Instances.port(b);
    try (var gudang = SseStream.open(Http.api(portB, "sari.gudang", Http.DEMO_PASSWORD), "/events", null);
         var qc = SseStream.open(Http.api(portB, "qc.supervisor", Http.DEMO_PASSWORD), "/events", null);
         var sari = SseStream.open(Http.api(portB, "sari.operator", Http.DEMO_PASSWORD), "/events", null);
         var op1 = SseStream.open(Http.api(portB, "operator1", Http.DEMO_PASSWORD), "/events", null)) {
      for (var s : List.of(gudang, qc, sari, op1)) assertThat(s.response.statusCode()).isEqualTo(200);

      publishOnA("warehouse.slot_assigned", m + "-slot", sariOperator);
      publishOnA("qc.job.created", m + "-job", null);
      // markers last: delivery is in order, so once a stream has its marker it has seen everything before
      publishOnA("lot.created", m + "-end-op1", operator1);
      publishOnA("lot.created", m + "-end-sari", sariOperator);

      await().atMost(Duration.ofSeconds(30)).until(() -> gudang.about(m + "-end-sari").size() == 1
          && qc.about(m + "-end-sari").size() == 1 && sari.about(m + "-end-sari").size() == 1
          && op1.about(m + "-end-op1").size() == 1);

      assertThat(resources(gudang, m)).containsExactly(m + "-slot", m + "-end-op1", m + "-end-sari");
      assertThat(resources(qc, m)).containsExactly(m + "-job", m + "-end-op1", m + "-end-sari");
      assertThat(resources(sari, m)).as("operators see their own events only").containsExactly(m + "-slot", m + "-end-sari");
      assertThat(resources(op1, m)).containsExactly(m + "-end-op1");

      for (var s : List.of(gudang, qc, sari, op1)) {
        for (var message : s.about(m)) {
          var eventId = UUID.fromString(JSON.readTree(message.data()).get("event_id").asString());
          assertThat(Long.parseLong(message.id())).as("SSE id of %s is the relay's sequence", eventId).isEqualTo(seq(eventId));
        }
      }
    }
  }

  private void publishOnA(String subject, String resource, UUID owner) {
    var events = a.getBean(Events.class);
    new TransactionTemplate(a.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(s -> events.publish(subject, resource, owner, null));
  }

  private static List<String> resources(SseStream stream, String marker) {
    return stream.about(marker).stream().map(x -> JSON.readTree(x.data()).get("resource_id").asString()).toList();
  }

  private static UUID userUuid(String username) {
    return a.getBean(JdbcClient.class).sql("SELECT uuid FROM adm_user WHERE username = :u").param("u", username)
        .query(UUID.class).single();
  }

  private static long seq(UUID eventId) {
    return a.getBean(JdbcClient.class).sql("SELECT seq FROM t_event_outbox WHERE event_id = :id").param("id", eventId)
        .query(Long.class).single();
  }
}
