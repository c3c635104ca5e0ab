package io.kelola.factory.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may call which work-order endpoint, and bad input on each of them (400/404/409, never 500). */
@IntegrationTest
class WorkOrderAccessTest {

  static final String API = "/api/v1/factory/work-orders";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  ProductionFixtures f;
  Http jane;
  String product;
  String material;
  String wh;
  String machine;

  @BeforeEach
  void setUp() {
    f = new ProductionFixtures(jdbc, ledger);
    jane = Http.api(port, "jane.smith", Http.DEMO_PASSWORD);
    product = f.item("WIP", false);
    material = f.item("Raw Material", false);
    wh = f.warehouse();
    machine = f.machine("60");
  }

  Map<String, Object> order() {
    var m = new HashMap<String, Object>();
    m.put("item", product);
    m.put("machine", machine);
    m.put("warehouse", wh);
    m.put("startDate", "2026-11-21");
    m.put("endDate", "2026-11-22");
    m.put("planQty", 10);
    m.put("materials", List.of(Map.of("item", material, "warehouse", wh, "qtyPlan", 5)));
    return m;
  }

  String created() {
    var res = jane.postJson(API, order());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    return Http.json(res).get("woNo").asString();
  }

  @Test
  void rolesGetWhatTheyAreGranted() {
    var no = created();
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.get(API).statusCode()).isEqualTo(200);
    assertThat(operator.get(API + "/" + no).statusCode()).isEqualTo(200);
    assertThat(operator.postJson(API, order()).statusCode()).isEqualTo(403);
    assertThat(operator.postJson(API + "/" + no + "/start", Map.of()).statusCode()).isEqualTo(403);
    assertThat(operator.postJson(API + "/" + no + "/cancel", Map.of()).statusCode()).isEqualTo(403);

    var sales = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    assertThat(sales.get(API + "/" + no).statusCode()).isEqualTo(200);
    assertThat(sales.postJson(API, order()).statusCode()).isEqualTo(403);
    assertThat(sales.postJson(API + "/" + no + "/issue", Map.of("materials", List.of())).statusCode()).isEqualTo(403);
    assertThat(sales.postJson(API + "/" + no + "/output", Map.of("good", 1)).statusCode()).isEqualTo(403);
    assertThat(sales.postJson(API + "/" + no + "/qc", Map.of("sampleSize", 1, "grade", "A")).statusCode()).isEqualTo(403);
    assertThat(sales.postJson(API + "/" + no + "/finish", Map.of()).statusCode()).isEqualTo(403);

    var staff = Http.api(port, "sales1", Http.DEMO_PASSWORD);
    assertThat(staff.get(API).statusCode()).isEqualTo(403);
    assertThat(staff.get(API + "/" + no).statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get(API).statusCode()).isEqualTo(401);

    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get(API + "/" + no).statusCode()).isEqualTo(200);
    assertThat(auditor.postJson(API + "/" + no + "/start", Map.of()).statusCode()).isEqualTo(403);
    // the refusals changed nothing
    assertThat(Http.json(jane.get(API + "/" + no)).get("order").get("status").asString()).isEqualTo("Scheduled");
  }

  @Test
  void badCreateInputNamesTheField() {
    expectField(with("item", null), "item");
    expectField(with("item", "NOPE-" + product), "item");
    expectField(with("item", material), "item");
    expectField(with("machine", "NOPE"), "machine");
    expectField(with("warehouse", ""), "warehouse");
    expectField(with("soNo", "SO-190001-0001"), "soNo");
    expectField(with("endDate", "2026-11-01"), "endDate");
    expectField(with("startDate", null), "startDate");
    expectField(with("planQty", 0), "planQty");
    expectField(with("planQty", 1.23456), "planQty");
    expectField(with("notes", "x".repeat(501)), "notes");
    expectField(with("materials", List.of(Map.of("item", product, "warehouse", wh, "qtyPlan", 1))), "materials[0].item");
    expectField(with("materials", List.of(Map.of("item", material, "warehouse", wh, "qtyPlan", 1),
        Map.of("item", material, "warehouse", wh, "qtyPlan", 2))), "materials[1].item");
    expectField(with("materials", List.of(Map.of("item", material, "warehouse", wh, "qtyPlan", -1))), "materials[0].qtyPlan");
    var many = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 51; i++) many.add(Map.of("item", material, "warehouse", wh, "qtyPlan", 1));
    expectField(with("materials", many), "materials");
    assertThat(jane.sendJson("POST", API, "{\"planQty\": \"many\"}").statusCode()).isEqualTo(400);
    assertThat(jane.sendJson("POST", API, "{\"startDate\": \"21-11-2026\"}").statusCode()).isEqualTo(400);
    assertThat(jane.sendJson("POST", API, "not json").statusCode()).isEqualTo(400);
    var count = jdbc.sql("SELECT count(*) FROM t_wo w JOIN m_item i ON i.id = w.item_id WHERE i.code = :i")
        .param("i", product).query(Long.class).single();
    assertThat(count).isZero();
  }

  @Test
  void badActionInputAndUnknownOrders() {
    for (var action : List.of("start", "issue", "output", "qc", "finish", "cancel")) {
      assertThat(jane.postJson(API + "/WO-190001-0001/" + action, Map.of()).statusCode()).as(action).isEqualTo(404);
    }
    assertThat(jane.get(API + "/WO-190001-0001").statusCode()).isEqualTo(404);
    assertThat(jane.get(API + "/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    var no = created();
    // not started yet: the in-progress actions are conflicts
    assertThat(jane.postJson(API + "/" + no + "/issue", Map.of("materials", List.of(Map.of("item", material, "qty", 1))))
        .statusCode()).isEqualTo(409);
    assertThat(jane.postJson(API + "/" + no + "/finish", Map.of()).statusCode()).isEqualTo(409);
    assertThat(jane.postJson(API + "/" + no + "/qc", Map.of("sampleSize", 1, "grade", "A")).statusCode()).isEqualTo(409);
    assertThat(jane.postJson(API + "/" + no + "/start", Map.of()).statusCode()).isEqualTo(200);
    var issue = API + "/" + no + "/issue";
    assertThat(jane.postJson(issue, Map.of("materials", List.of())).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(issue, Map.of("materials", List.of(Map.of("item", product, "qty", 1)))).body())
        .contains("materials[0].item");
    assertThat(jane.postJson(issue, Map.of("materials", List.of(Map.of("item", material, "qty", 0)))).statusCode())
        .isEqualTo(400);
    var output = API + "/" + no + "/output";
    assertThat(jane.postJson(output, Map.of("good", 0, "reject", 0)).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(output, Map.of("good", -2)).statusCode()).isEqualTo(400);
    var qc = API + "/" + no + "/qc";
    assertThat(jane.postJson(qc, Map.of("sampleSize", 5, "defectCount", 6, "grade", "B")).body()).contains("defectCount");
    assertThat(jane.postJson(qc, Map.of("sampleSize", 0, "grade", "B")).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(qc, Map.of("sampleSize", 5, "grade", "Z")).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(qc, Map.of("sampleSize", 5, "grade", "B", "checkDate", "2999-01-01")).statusCode())
        .isEqualTo(400);
    assertThat(jane.postJson(API + "/" + no + "/finish", Map.of("notes", "x".repeat(501))).statusCode()).isEqualTo(400);
    var detail = Http.json(jane.get(API + "/" + no));
    assertThat(detail.get("qc").size()).isZero();
    assertThat(detail.get("order").get("actualQty").decimalValue()).isEqualByComparingTo("0");
    assertThat(detail.get("order").get("status").asString()).isEqualTo("In Progress");
  }

  Map<String, Object> with(String key, Object value) {
    var m = order();
    m.put(key, value);
    return m;
  }

  void expectField(Map<String, Object> body, String field) {
    var res = jane.postJson(API, body);
    assertThat(res.statusCode()).as(field + " " + res.body()).isEqualTo(400);
    assertThat(res.body()).as(field).contains("\"" + field + "\"");
  }
}
