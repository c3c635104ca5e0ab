package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inventory REST API: who may call what, problem details for bad input, a race over HTTP. */
@IntegrationTest
class InventoryApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Masters m;
  String item;
  String wh;

  @BeforeEach
  void setUp() {
    m = new Masters(jdbc);
    item = m.item();
    wh = m.warehouse();
  }

  Map<String, Object> receipt(Object qty) {
    var body = new HashMap<String, Object>();
    body.put("item", item);
    body.put("warehouse", wh);
    body.put("qty", qty);
    return body;
  }

  @Test
  void warehouseStaffMovesStockOthersAreRefused() {
    var gudang = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var created = gudang.postJson("/api/v1/inventory/receipts", receipt(10));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(Http.json(created).get("qty").decimalValue()).isEqualByComparingTo("10");
    assertThat(Http.json(created).has("id")).isFalse();
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).postJson("/api/v1/inventory/receipts", receipt(1))
        .statusCode()).isEqualTo(403);
    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.postJson("/api/v1/inventory/receipts", receipt(1)).statusCode()).isEqualTo(403);
    assertThat(auditor.get("/api/v1/inventory/consistency").statusCode()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/inventory/picks?item=" + item + "&warehouse=" + wh + "&qty=5").statusCode())
        .isEqualTo(200);
    assertThat(Http.api(port, "mekanik1", Http.DEMO_PASSWORD).postJson("/api/v1/inventory/adjustments",
        Map.of("item", item, "warehouse", wh, "delta", -1, "reason", "DAMAGE")).statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).postJson("/api/v1/inventory/receipts", receipt(1)).statusCode()).isEqualTo(401);
  }

  @Test
  void qcSupervisorChangesLotStatusButCannotAdjust() {
    var lotItem = m.lotItem();
    var gudang = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var lot = gudang.postJson("/api/v1/inventory/lots", Map.of("item", lotItem, "lotNo", "QC-1"));
    assertThat(lot.statusCode()).isEqualTo(201);
    assertThat(Http.json(lot).get("status").asString()).isEqualTo("QUARANTINE");
    var uuid = Http.json(lot).get("uuid").asString();
    var qc = Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD);
    var released = qc.postJson("/api/v1/inventory/lots/" + uuid + "/status", Map.of("status", "RELEASED", "note", "CoA"));
    assertThat(released.statusCode()).isEqualTo(200);
    assertThat(Http.json(released).get("status").asString()).isEqualTo("RELEASED");
    assertThat(qc.postJson("/api/v1/inventory/adjustments",
        Map.of("item", item, "warehouse", wh, "delta", 1, "reason", "FOUND")).statusCode()).isEqualTo(403);
    assertThat(gudang.postJson("/api/v1/inventory/lots/" + uuid + "/status", Map.of("status", "ON_HOLD"))
        .statusCode()).isEqualTo(403);
    var illegal = qc.postJson("/api/v1/inventory/lots/" + uuid + "/status", Map.of("status", "QUARANTINE"));
    assertThat(illegal.statusCode()).isEqualTo(409);
    assertThat(illegal.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

  @Test
  void badInputIsA4xxProblemNeverA500() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var failures = new ArrayList<String>();
    List<Map<String, Object>> bad = List.of(receipt(0), receipt(-1), receipt("1e13"), receipt(1.23456),
        receipt("abc"), receipt(null), with(receipt(1), "item", "NOPE-" + UUID.randomUUID()),
        with(receipt(1), "warehouse", "NOPE"), with(receipt(1), "location", "NOPE"), with(receipt(1), "uom", "PARSEC"),
        with(receipt(1), "lotNo", "L1"), with(receipt(1), "note", "x".repeat(301)),
        with(receipt(1), "docRef", "x".repeat(61)), with(receipt(1), "reason", "bad\u0000reason"));
    for (var body : bad) expect4xx(admin.postJson("/api/v1/inventory/receipts", body), "receipt " + body, 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/adjustments", Map.of("item", item, "warehouse", wh, "delta", 1,
        "reason", "WHIM")), "adjust reason", 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/adjustments", Map.of("item", item, "warehouse", wh, "delta", 1,
        "counted", 3, "reason", "COUNT")), "adjust both", 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/issues", Map.of("item", item, "warehouse", wh, "qty", 1)),
        "issue without stock", 409, failures);
    expect4xx(admin.postJson("/api/v1/inventory/issues", Map.of("item", item, "warehouse", wh, "qty", 1,
        "customer", "NOPE")), "unknown customer", 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/transfers", Map.of("item", item, "fromWarehouse", wh,
        "toWarehouse", wh, "qty", 1)), "transfer to itself", 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/reservations", Map.of("item", item, "warehouse", wh, "qty", 1)),
        "reservation without document", 400, failures);
    expect4xx(admin.postJson("/api/v1/inventory/reservations/" + UUID.randomUUID() + "/release", Map.of()),
        "unknown reservation", 404, failures);
    expect4xx(admin.get("/api/v1/inventory/reservations/not-a-uuid"), "bad uuid", 400, failures);
    expect4xx(admin.get("/api/v1/inventory/picks?item=" + item + "&warehouse=" + wh + "&qty=abc"), "picks qty", 400,
        failures);
    expect4xx(admin.get("/api/v1/inventory/picks?item=" + item + "&warehouse=" + wh + "&qty=-2"), "picks neg", 400,
        failures);
    expect4xx(admin.postJson("/api/v1/inventory/lots/" + UUID.randomUUID() + "/status", Map.of("status", "RELEASED")),
        "unknown lot", 404, failures);
    expect4xx(admin.postJson("/api/v1/inventory/lots", Map.of("item", item, "lotNo", "X")), "lot of untracked item",
        400, failures);
    assertThat(failures).isEmpty();
    assertThat(m.moves(item)).isZero();
  }

  @Test
  void parallelReservationsOverHttpNeverOversell() throws Exception {
    var gudang = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    assertThat(gudang.postJson("/api/v1/inventory/receipts", receipt(100)).statusCode()).isEqualTo(201);
    var pool = Executors.newFixedThreadPool(16);
    var gate = new CountDownLatch(1);
    var calls = new ArrayList<Future<Integer>>();
    for (int i = 0; i < 200; i++) {
      var doc = "SO-H" + i;
      calls.add(pool.submit(() -> {
        gate.await();
        return gudang.postJson("/api/v1/inventory/reservations",
            Map.of("item", item, "warehouse", wh, "qty", 1, "docType", "SO", "docRef", doc)).statusCode();
      }));
    }
    gate.countDown();
    var codes = new ArrayList<Integer>();
    for (var c : calls) codes.add(c.get(120, TimeUnit.SECONDS));
    pool.shutdownNow();
    var byStatus = codes.stream().collect(java.util.stream.Collectors.groupingBy(c -> c,
        java.util.stream.Collectors.counting()));
    assertThat(byStatus).isEqualTo(Map.of(201, 100L, 409, 100L));
    assertThat(m.balance(item, wh, null, null)[1]).isEqualByComparingTo("100");
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    body.put(key, value);
    return body;
  }

  private static void expect4xx(java.net.http.HttpResponse<String> res, String what, int status, List<String> failures) {
    if (res.statusCode() != status || !res.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
      failures.add(what + " → " + res.statusCode() + " " + res.body());
    }
  }
}
