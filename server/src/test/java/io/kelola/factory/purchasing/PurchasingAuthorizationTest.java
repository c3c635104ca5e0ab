package io.kelola.factory.purchasing;

import static io.kelola.factory.purchasing.PurchasingFixtures.approved;
import static io.kelola.factory.purchasing.PurchasingFixtures.create;
import static io.kelola.factory.purchasing.PurchasingFixtures.line;
import static io.kelola.factory.purchasing.PurchasingFixtures.path;
import static io.kelola.factory.purchasing.PurchasingFixtures.po;
import static io.kelola.factory.purchasing.PurchasingFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what with purchase orders, on real documents (the matrix test only sees unknown ones). */
@IntegrationTest
class PurchasingAuthorizationTest {

  static final String P = "POA";
  static final String VENDOR = P + "-V";
  static final String PLAIN = P + "-P";
  static final String LIST = "/api/v1/factory/purchase-orders";

  @LocalServerPort int port;

  @BeforeEach
  void masters() {
    PurchasingFixtures.masters(port, P);
  }

  private Http as(String user) {
    return Http.api(port, user, Http.DEMO_PASSWORD);
  }

  private Map<String, Object> small() {
    return po(VENDOR, List.of(line(PLAIN, 2, null, null)));
  }

  @Test
  void productionManagerCreatesSubmitsAndApprovesAtManagerTier() {
    var jane = as("jane.smith");
    assertThat(jane.postJson(LIST, small()).statusCode()).isEqualTo(201);
    var no = submitted(as("admin"), small());
    assertThat(jane.postJson(path(no) + "/approve", Map.of()).statusCode()).isEqualTo(200);
    assertThat(jane.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1))))
        .statusCode()).as("managers do not receive goods").isEqualTo(403);
    assertThat(jane.postJson(path(no) + "/cancel", Map.of("reason", "x")).statusCode()).isEqualTo(403);
  }

  @Test
  void directorApprovesButDoesNotBuy() {
    var direktur = as("direktur");
    assertThat(direktur.postJson(LIST, small()).statusCode()).isEqualTo(403);
    assertThat(direktur.get(LIST).statusCode()).isEqualTo(200);
    var no = submitted(as("admin"), small());
    assertThat(direktur.postJson(path(no) + "/submit", Map.of()).statusCode()).isEqualTo(403);
    assertThat(direktur.postJson(path(no) + "/approve", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void warehouseStaffReceivesOnly() {
    var gudang = as("gudang1");
    var no = approved(as("admin"), as("jane.smith"), small());
    assertThat(gudang.get(path(no)).statusCode()).isEqualTo(200);
    assertThat(gudang.postJson(LIST, small()).statusCode()).isEqualTo(403);
    assertThat(gudang.postJson(path(no) + "/approve", Map.of()).statusCode()).isEqualTo(403);
    assertThat(gudang.postJson(path(no) + "/cancel", Map.of("reason", "x")).statusCode()).isEqualTo(403);
    var res = gudang.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 2))));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
  }

  @Test
  void salesManagerOnlyReads() {
    var john = as("john.doe");
    var draft = create(as("admin"), small());
    assertThat(john.get(LIST).statusCode()).isEqualTo(200);
    assertThat(john.get(path(draft)).statusCode()).isEqualTo(200);
    assertThat(john.get(path(draft) + "/receipts").statusCode()).isEqualTo(200);
    assertThat(john.postJson(LIST, small()).statusCode()).isEqualTo(403);
    assertThat(john.sendJson("PUT", path(draft), "{}").statusCode()).isEqualTo(403);
    assertThat(john.postJson(path(draft) + "/submit", Map.of()).statusCode()).isEqualTo(403);
    assertThat(john.postJson(path(draft) + "/approve", Map.of()).statusCode()).isEqualTo(403);
    assertThat(john.postJson(path(draft) + "/cancel", Map.of("reason", "x")).statusCode()).isEqualTo(403);
    assertThat(john.postJson(path(draft) + "/receipts", Map.of()).statusCode()).isEqualTo(403);
  }

  @Test
  void salesStaffAndOperatorsSeeNoPurchasing() {
    var draft = create(as("admin"), small());
    for (var user : List.of("sales1", "operator1")) {
      var http = as(user);
      assertThat(http.get(LIST).statusCode()).as(user).isEqualTo(403);
      assertThat(http.get(path(draft)).statusCode()).as(user).isEqualTo(403);
      assertThat(http.postJson(LIST, small()).statusCode()).as(user).isEqualTo(403);
      assertThat(http.postJson(path(draft) + "/submit", Map.of()).statusCode()).as(user).isEqualTo(403);
      var page = Http.browser(port, user, Http.DEMO_PASSWORD).get("/factory/purchase-orders");
      assertThat(page.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(Http.anonymous(port).get(LIST).statusCode()).isEqualTo(401);
  }
}
