package io.kelola.factory.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.factory.reporting.FactoryDocFixtures;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The approvals inbox shows each caller only what their permissions let them approve. */
@IntegrationTest
class ApprovalsInboxTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  String pendingSo;
  String draftSo;
  String pendingPo;
  String directorPo;
  String draftPo;
  Instant soSince;

  @BeforeEach
  void documents() {
    var fx = new FactoryDocFixtures(jdbc);
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var customer = FactoryDocFixtures.customer(admin, "PT Kotak Masuk", 1_000_000);
    var vendor = FactoryDocFixtures.vendor(admin, "CV Kotak Masuk");
    var day = LocalDate.now();
    pendingSo = fx.salesOrder(customer, "Pending", new BigDecimal("800000"), day);
    draftSo = fx.salesOrder(customer, "Draft", new BigDecimal("10"), day);
    fx.receivable(draftSo, customer, new BigDecimal("300000"), new BigDecimal("50000"), day.plusDays(30), "Open");
    pendingPo = fx.purchaseOrder(vendor, "Pending", new BigDecimal("45000000"), day);
    directorPo = fx.purchaseOrder(vendor, "Pending Director", new BigDecimal("75000000"), day);
    draftPo = fx.purchaseOrder(vendor, "Draft", new BigDecimal("1"), day);
    soSince = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    var soId = fx.soId(pendingSo);
    fx.entered("SO", soId, "Draft", soSince.minus(Duration.ofHours(1)));
    fx.entered("SO", soId, "Pending", soSince);
    fx.approvalSla("SO", soId, pendingSo, soSince, 120, true);
    fx.approvalSla("PO", fx.poId(pendingPo), pendingPo, Instant.now().minus(Duration.ofMinutes(10)), 240, false);
  }

  @Test
  void directorSeesPendingSalesOrdersAndPurchaseOrdersWaitingForTheDirector() {
    var items = inbox("direktur");
    assertThat(items).containsKeys(pendingSo, directorPo).doesNotContainKeys(draftSo, draftPo);
    var so = items.get(pendingSo);
    assertThat(so.get("kind").asString()).isEqualTo("SO");
    assertThat(so.get("party").asString()).isEqualTo("PT Kotak Masuk");
    assertThat(so.get("total").decimalValue()).isEqualByComparingTo("800000");
    assertThat(Instant.parse(so.get("waiting_since").asString())).isEqualTo(soSince);
    assertThat(so.get("sla_breached").asBoolean()).isTrue();
    assertThat(so.get("sla_minutes_left").asLong()).isBetween(-62L, -58L);
    // open receivable 250.000 + this order 800.000 = 1.050.000 > limit 1.000.000
    assertThat(so.get("exposure").decimalValue()).isEqualByComparingTo("1050000");
    assertThat(so.get("over_credit").asBoolean()).isTrue();
    assertThat(items.get(directorPo).get("status").asString()).isEqualTo("Pending Director");
    assertThat(items.get(directorPo).get("sla_minutes_left").isNull()).isTrue();
  }

  @Test
  void productionManagerSeesPendingPurchaseOrdersOnly() {
    var items = inbox("jane.smith");
    assertThat(items).containsKey(pendingPo).doesNotContainKeys(pendingSo, directorPo, draftPo);
    assertThat(items.values()).allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("Pending"))
        .allSatisfy(i -> assertThat(i.get("kind").asString()).isEqualTo("PO"));
    var po = items.get(pendingPo);
    assertThat(po.get("sla_breached").asBoolean()).isFalse();
    assertThat(po.get("sla_minutes_left").asLong()).isBetween(228L, 231L);
  }

  @Test
  void salesManagerSeesPendingSalesOrdersOnly() {
    var items = inbox("john.doe");
    assertThat(items).containsKey(pendingSo).doesNotContainKeys(pendingPo, directorPo, draftSo);
    assertThat(items.values()).allSatisfy(i -> assertThat(i.get("kind").asString()).isEqualTo("SO"));
  }

  @Test
  void salesStaffHasAnEmptyInbox() {
    assertThat(inbox("sales1")).isEmpty();
    var page = Http.browser(port, "sales1", Http.DEMO_PASSWORD).get("/factory/approvals");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"inbox-empty\"").doesNotContain("id=\"inbox-table\"");
    assertThat(Http.anonymous(port).get("/api/v1/factory/approvals").statusCode()).isEqualTo(401);
  }

  @Test
  void pageOffersApproveAndRejectFormsThatComeBackHere() {
    var page = Http.browser(port, "direktur", Http.DEMO_PASSWORD).get("/factory/approvals");
    assertThat(page.statusCode()).isEqualTo(200);
    var body = page.body();
    assertThat(body).contains("data-doc=\"" + pendingSo + "\"", "data-doc=\"" + directorPo + "\"")
        .contains("action=\"/factory/sales-orders/" + pendingSo + "/approve\"")
        .contains("action=\"/factory/sales-orders/" + pendingSo + "/reject\"")
        .contains("action=\"/factory/purchase-orders/" + directorPo + "/approve\"")
        .contains("href=\"/factory/purchase-orders/" + directorPo + "\"")
        .contains("name=\"returnTo\" value=\"/factory/approvals\"")
        .contains("name=\"_csrf\"")
        .contains("Rp800.000", "Rp75.000.000")
        .contains("id=\"approve-reason-" + pendingSo + "\"")
        .doesNotContain("data-doc=\"" + draftSo + "\"");
  }

  private Map<String, JsonNode> inbox(String user) {
    var res = Http.api(port, user, Http.DEMO_PASSWORD).get("/api/v1/factory/approvals");
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var items = new HashMap<String, JsonNode>();
    for (JsonNode i : List.copyOf(Http.json(res).values())) items.put(i.get("number").asString(), i);
    return items;
  }
}
