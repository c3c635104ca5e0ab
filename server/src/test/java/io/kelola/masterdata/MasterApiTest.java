package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generic master API over real HTTP: CRUD, soft delete, audit, validation and who may do what. */
@IntegrationTest
class MasterApiTest {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  static String code(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000_000L + SEQ.incrementAndGet();
  }

  private Http admin() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private static Map<String, Object> customer(String code) {
    var body = new LinkedHashMap<String, Object>();
    body.put("code", code);
    body.put("name", "PT Uji " + code);
    body.put("segment", "VIP");
    body.put("creditLimit", 250000000);
    body.put("email", "uji@example.co.id");
    return body;
  }

  @Test
  void customerLifecycleIsAuditedAndSoftDeleted() {
    var admin = admin();
    var code = code("CUST");
    var created = admin.postJson("/api/v1/master/customers", customer(code));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/master/customers/" + code);
    var json = Http.json(created);
    assertThat(json.get("creditLimit").decimalValue()).isEqualByComparingTo("250000000");
    assertThat(json.get("segment").asString()).isEqualTo("VIP");
    assertThat(json.has("id")).isFalse();
    assertThat(jdbc.sql("SELECT created_by IS NOT NULL FROM m_cust WHERE code = :c").param("c", code)
        .query(Boolean.class).single()).isTrue();

    var changed = customer(code);
    changed.put("name", "PT Uji Berubah");
    changed.put("segment", "Regular");
    var put = admin.sendJson("PUT", "/api/v1/master/customers/" + code, toJson(changed));
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(Http.json(put).get("name").asString()).isEqualTo("PT Uji Berubah");

    var list = admin.get("/api/v1/master/customers?q=" + code);
    assertThat(Http.json(list).get("total").asInt()).isEqualTo(1);

    assertThat(admin.send(admin.request("/api/v1/master/customers/" + code).DELETE().build()).statusCode())
        .isEqualTo(204);
    assertThat(Http.json(admin.get("/api/v1/master/customers?q=" + code)).get("total").asInt()).isZero();
    assertThat(Http.json(admin.get("/api/v1/master/customers?deleted=true&q=" + code)).get("total").asInt())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT deleted_by IS NOT NULL FROM m_cust WHERE code = :c").param("c", code)
        .query(Boolean.class).single()).isTrue();
    // a deleted code stays taken
    assertThat(admin.postJson("/api/v1/master/customers", customer(code)).statusCode()).isEqualTo(409);

    var restored = admin.postJson("/api/v1/master/customers/" + code + "/restore", "");
    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(Http.json(restored).get("deleted").asBoolean()).isFalse();

    var actions = jdbc.sql("SELECT action FROM log_audit WHERE entity_type = 'm_cust' AND entity_key = :c ORDER BY id")
        .param("c", code).query(String.class).list();
    assertThat(actions).containsExactly("CREATE", "UPDATE", "DELETE", "RESTORE");
  }

  @Test
  void codesAreUniqueAndImmutable() {
    var admin = admin();
    var code = code("ITM");
    var item = new LinkedHashMap<String, Object>(Map.of("code", code, "name", "Baut M8", "category", "Part",
        "uom", "PCS", "stdCost", "1500.50"));
    assertThat(admin.postJson("/api/v1/master/items", item).statusCode()).isEqualTo(201);
    var dup = admin.postJson("/api/v1/master/items", item);
    assertThat(dup.statusCode()).isEqualTo(409);
    assertThat(dup.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

    item.put("code", code + "X");
    var renamed = admin.sendJson("PUT", "/api/v1/master/items/" + code, toJson(item));
    assertThat(renamed.statusCode()).isEqualTo(400);
    assertThat(fields(renamed)).contains("code");
    assertThat(admin.get("/api/v1/master/items/" + code + "X").statusCode()).isEqualTo(404);
  }

  @Test
  void invalidInputIsRefusedWithProblemDetails() {
    var admin = admin();
    assertBad(admin, "customers", Map.of("code", "cust lower", "name", "x"), "code");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "x".repeat(151)), "name");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "Baris\nbaru"), "name");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "A", "creditLimit", -1), "creditLimit");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "A", "segment", "Gold"), "segment");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "A", "email", "bukan-email"), "email");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "A", "lastOrderDate", "2026-02-30"),
        "lastOrderDate");
    assertBad(admin, "customers", Map.of("code", code("CUST"), "name", "A", "zz", 1), "zz");
    assertBad(admin, "vendors", Map.of("code", code("VND"), "name", "A", "otdScore", 100.5), "otdScore");
    assertBad(admin, "vendors", Map.of("code", code("VND"), "name", "A", "qualityScore", -3), "qualityScore");
    assertBad(admin, "items", Map.of("code", code("ITM"), "name", "A", "category", "Part", "uom", "PCS",
        "tempMin", 8, "tempMax", 2), "tempMax");
    assertBad(admin, "items", Map.of("code", code("ITM"), "name", "A", "category", "Part", "uom", "PCS",
        "stdCost", "1e400"), "stdCost");
    assertBad(admin, "items", Map.of("code", code("ITM"), "name", "A", "category", "Part", "uom", "PCS",
        "shelfDays", 1.5), "shelfDays");
    assertBad(admin, "machines", Map.of("code", code("MCH"), "name", Map.of("nested", 1)), "name");
    assertThat(admin.get("/api/v1/master/planets").statusCode()).isEqualTo(404);
    assertThat(admin.postJson("/api/v1/master/customers", "[1]").statusCode()).isEqualTo(400);
  }

  @Test
  void warehouseWithActiveLocationsCannotBeDeleted() {
    var admin = admin();
    var wh = code("WH");
    assertThat(admin.postJson("/api/v1/master/warehouses", Map.of("code", wh, "name", "Gudang Uji")).statusCode())
        .isEqualTo(201);
    assertThat(admin.postJson("/api/v1/master/warehouses/" + wh + "/locations",
        Map.of("code", "R-01", "kind", "STORAGE")).statusCode()).isEqualTo(201);
    var refused = admin.send(admin.request("/api/v1/master/warehouses/" + wh).DELETE().build());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Http.json(refused).get("detail").asString()).contains(wh);
    assertThat(admin.send(admin.request("/api/v1/master/warehouses/" + wh + "/locations/R-01").DELETE().build())
        .statusCode()).isEqualTo(204);
    assertThat(admin.send(admin.request("/api/v1/master/warehouses/" + wh).DELETE().build()).statusCode())
        .isEqualTo(204);
  }

  @Autowired MasterLookup lookup;

  @Test
  void itemConversionsFeedTheBaseUnitLookup() {
    var admin = admin();
    var code = code("ITM");
    assertThat(admin.postJson("/api/v1/master/items", Map.of("code", code, "name", "Baut", "category", "Part",
        "uom", "PCS")).statusCode()).isEqualTo(201);
    var path = "/api/v1/master/items/" + code + "/conversions";
    assertThat(admin.postJson(path, Map.of("fromUom", "BOX", "toUom", "PCS", "factor", 24)).statusCode()).isEqualTo(201);
    assertThat(admin.postJson(path, Map.of("fromUom", "pcs", "toUom", "box", "factor", 1)).statusCode()).isEqualTo(409);
    assertThat(fields(admin.postJson(path, Map.of("fromUom", "BOX", "toUom", "BOX", "factor", 1)))).contains("toUom");
    assertThat(fields(admin.postJson(path, Map.of("fromUom", "DUS", "toUom", "PCS", "factor", 0)))).contains("factor");
    assertThat(Http.json(admin.get(path)).size()).isEqualTo(1);
    var item = lookup.item(code).orElseThrow();
    assertThat(lookup.toBaseUnit(item, new java.math.BigDecimal("2"), "BOX")).isEqualByComparingTo("48");
    assertThat(admin.send(admin.request(path + "/BOX/PCS").DELETE().build()).statusCode()).isEqualTo(204);
    assertThat(admin.send(admin.request(path + "/BOX/PCS").DELETE().build()).statusCode()).isEqualTo(404);
  }

  @Test
  void accessFollowsThePermissions() {
    var code = code("CUST");
    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get("/api/v1/master/customers").statusCode()).isEqualTo(200);
    assertThat(auditor.postJson("/api/v1/master/customers", customer(code)).statusCode()).isEqualTo(403);
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/api/v1/master/customers").statusCode())
        .isEqualTo(403);
    var manager = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    assertThat(manager.postJson("/api/v1/master/customers", customer(code)).statusCode()).isEqualTo(201);
    assertThat(manager.send(manager.request("/api/v1/master/customers/" + code).DELETE().build()).statusCode())
        .isEqualTo(403);
    // without MASTER.DELETE the "show deleted" filter is ignored
    var admin = admin();
    assertThat(admin.send(admin.request("/api/v1/master/customers/" + code).DELETE().build()).statusCode())
        .isEqualTo(204);
    assertThat(Http.json(manager.get("/api/v1/master/customers?deleted=true&q=" + code)).get("total").asInt()).isZero();
  }

  private static void assertBad(Http http, String kind, Map<String, ?> body, String field) {
    var res = http.postJson("/api/v1/master/" + kind, body);
    assertThat(res.statusCode()).as(body.toString()).isEqualTo(400);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    assertThat(fields(res)).as(res.body()).contains(field);
  }

  /** The fields a problem document names in its {@code errors}. */
  static java.util.List<String> fields(java.net.http.HttpResponse<String> res) {
    var names = new java.util.ArrayList<String>();
    Http.json(res).get("errors").forEach(e -> names.add(e.get("field").asString()));
    return names;
  }

  static String toJson(Object o) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(o);
  }
}
