package io.kelola.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.events.Events;
import io.kelola.support.Http;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** Each role's stream carries exactly what the filter table allows, owner-scoped for operators. */
@RealtimeIntegrationTest
class EventStreamFilterTest {

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  RealtimeFixture fx;

  @BeforeEach
  void setUp() {
    fx = new RealtimeFixture(events, transactions, jdbc, port);
  }

  @Test
  void rolesReceiveOnlyTheirSubjects() {
    var m = RealtimeFixture.marker("filter");
    try (var qc = SseStream.open(fx.api("qc.supervisor"), "/events", null);
         var wh = SseStream.open(fx.api("sari.gudang"), "/events", null);
         var manager = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      assertThat(qc.response.statusCode()).isEqualTo(200);
      assertThat(qc.response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
      fx.publish("qc.job.created", m + "-job", null);
      fx.publish("warehouse.slot_assigned", m + "-slot", null);
      fx.publish("audit.log_created", m + "-last", null);

      // every stream sees the manager's last event only after the earlier ones (delivery is in order)
      manager.awaitMessage(x -> x.data().contains(m + "-last"));
      await().atMost(Duration.ofSeconds(10)).until(() -> qc.about(m).size() == 1 && wh.about(m).size() == 1);
      assertThat(types(qc.about(m))).containsExactly("qc.job.created");
      assertThat(types(wh.about(m))).containsExactly("warehouse.slot_assigned");
      assertThat(types(manager.about(m))).containsExactly("qc.job.created", "warehouse.slot_assigned", "audit.log_created");

      var message = qc.about(m).getFirst();
      var json = JsonMapper.builder().build().readTree(message.data());
      assertThat(json.get("event_type").asString()).isEqualTo("qc.job.created");
      assertThat(json.get("resource_id").asString()).isEqualTo(m + "-job");
      assertThat(json.has("sequence")).isFalse();
      assertThat(Long.parseLong(message.id())).isPositive();
      assertThat(Long.parseLong(manager.about(m).get(1).id())).isGreaterThan(Long.parseLong(message.id()));
    }
  }

  @Test
  void operatorsReceiveOnlyEventsOfTheirOwnLots() {
    var m = RealtimeFixture.marker("owner");
    UUID operator = fx.userUuid("operator1");
    UUID otherOperator = fx.userUuid("sari.operator");
    try (var mine = SseStream.open(fx.api("operator1"), "/events", null);
         var manager = SseStream.open(fx.api("sari.manager"), "/events", null)) {
      fx.publish("lot.created", m + "-other", otherOperator);
      fx.publish("lot.created", m + "-mine", operator);
      fx.publish("qc.job.created", m + "-mine-qc", operator);
      fx.publish("lot.ready_for_production", m + "-mine", operator);

      manager.awaitMessage(x -> x.data().contains(m + "-mine\"") && "lot.ready_for_production".equals(x.event()));
      await().atMost(Duration.ofSeconds(10)).until(() -> mine.about(m).size() >= 2);
      assertThat(mine.about(m)).extracting(x -> x.event() + " " + resource(x))
          .containsExactly("lot.created " + m + "-mine", "lot.ready_for_production " + m + "-mine");
    }
  }

  @Test
  void browsersStreamWithTheirSessionCookie() {
    var m = RealtimeFixture.marker("browser");
    try (var browser = SseStream.open(Http.browser(port, "sari.manager", Http.DEMO_PASSWORD), "/api/v1/events", null)) {
      assertThat(browser.response.statusCode()).isEqualTo(200);
      fx.publish("dispatch.created", m, null);
      assertThat(browser.awaitMessage(x -> x.data().contains(m)).event()).isEqualTo("dispatch.created");
    }
  }

  @Test
  void nonStreamingRequestsAreAnsweredAtOnce() {
    var api = fx.api("sari.manager");
    var json = api.send(api.request("/events").setHeader("Accept", "application/json").GET().build());
    assertThat(json.statusCode()).isEqualTo(406);
    var page = api.get("/api/v1/events?lastEventId=abc");
    assertThat(page.statusCode()).isEqualTo(406);
    var anonymous = Http.anonymous(port);
    var denied = anonymous.send(anonymous.request("/events").setHeader("Accept", "text/event-stream").GET().build());
    assertThat(denied.statusCode()).isEqualTo(401);
  }

  private static List<String> types(List<SseStream.Message> messages) {
    return messages.stream().map(SseStream.Message::event).toList();
  }

  private static String resource(SseStream.Message message) {
    return JsonMapper.builder().build().readTree(message.data()).get("resource_id").asString();
  }
}
