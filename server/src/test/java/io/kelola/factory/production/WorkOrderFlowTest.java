package io.kelola.factory.production;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A work order end to end: create, start, issue (stock out), output (FG in, genealogy), QC, finish. */
@IntegrationTest
class WorkOrderFlowTest {

  static final String API = "/api/v1/factory/work-orders";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  ProductionFixtures f;
  Http jane;
  String product;
  String lotMaterial;
  String plainMaterial;
  String rawWh;
  String fgWh;
  String machine;

  @BeforeEach
  void setUp() {
    f = new ProductionFixtures(jdbc, ledger);
    jane = Http.api(port, "jane.smith", Http.DEMO_PASSWORD);
    product = f.item("Finished Goods", true);
    lotMaterial = f.item("Raw Material", true);
    plainMaterial = f.item("Raw Material", false);
    rawWh = f.warehouse();
    fgWh = f.warehouse();
    machine = f.machine("100");
    f.stock(lotMaterial, rawWh, lotMaterial + "-A", "30");
    f.stock(lotMaterial, rawWh, lotMaterial + "-B", "50");
    f.stock(plainMaterial, rawWh, null, "100");
  }

  Map<String, Object> order(String planQty) {
    return Map.of("item", product, "machine", machine, "warehouse", fgWh, "startDate", "2026-11-20",
        "endDate", "2026-11-25", "planQty", planQty, "notes", "urgent",
        "materials", List.of(Map.of("item", lotMaterial, "warehouse", rawWh, "qtyPlan", 40),
            Map.of("item", plainMaterial, "warehouse", rawWh, "qtyPlan", 20)));
  }

  JsonNode ok(java.net.http.HttpResponse<String> res, int status) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    return Http.json(res);
  }

  @Test
  void fullLifecycleMovesStockAndLinksLots() {
    var created = ok(jane.postJson(API, order("100")), 201);
    var no = created.get("woNo").asString();
    assertThat(no).matches("WO-\\d{6}-\\d{4}");
    assertThat(created.get("status").asString()).isEqualTo("Scheduled");
    assertThat(created.has("id")).isFalse();

    ok(jane.postJson(API + "/" + no + "/start", Map.of()), 200);
    var issued = Map.of("materials", List.of(Map.of("item", lotMaterial, "qty", 40), Map.of("item", plainMaterial, "qty", 15)));
    ok(jane.postJson(API + "/" + no + "/issue", issued), 200);
    assertThat(f.onHand(lotMaterial, rawWh)).isEqualByComparingTo("40");
    assertThat(f.onHand(plainMaterial, rawWh)).isEqualByComparingTo("85");
    // FEFO over two lots without expiry: all 30 of one lot and 10 of the other left the warehouse
    var lotMoves = jdbc.sql("""
            SELECT count(*) FROM t_inv_move m WHERE m.doc_type = 'WO' AND m.doc_ref = :no AND m.move_type = 'OUT'""")
        .param("no", no).query(Long.class).single();
    assertThat(lotMoves).isEqualTo(3);

    var out = ok(jane.postJson(API + "/" + no + "/output", Map.of("good", 60, "reject", 4)), 200);
    assertThat(out.get("actualQty").decimalValue()).isEqualByComparingTo("60");
    assertThat(out.get("rejectQty").decimalValue()).isEqualByComparingTo("4");
    assertThat(out.get("lotNo").asString()).isEqualTo(no + "-1");
    assertThat(f.onHand(product, fgWh)).isEqualByComparingTo("60");
    var links = jdbc.sql("""
            SELECT il.lot_no FROM t_lot_link k JOIN t_lot il ON il.id = k.in_lot_id JOIN t_lot ol ON ol.id = k.out_lot_id
            WHERE ol.lot_no = :out ORDER BY il.lot_no""")
        .param("out", no + "-1").query(String.class).list();
    assertThat(links).containsExactly(lotMaterial + "-A", lotMaterial + "-B");

    var second = ok(jane.postJson(API + "/" + no + "/output", Map.of("good", 30)), 200);
    assertThat(second.get("lotNo").asString()).isEqualTo(no + "-2");
    assertThat(second.get("actualQty").decimalValue()).isEqualByComparingTo("90");

    var qc = ok(jane.postJson(API + "/" + no + "/qc", Map.of("checkDate", "2026-11-20", "sampleSize", 50,
        "defectCount", 2, "grade", "A", "notes", "dimensi OK")), 201);
    assertThat(qc.get("qc").get(0).get("grade").asString()).isEqualTo("A");
    assertThat(qc.get("qc").get(0).get("defectCount").decimalValue()).isEqualByComparingTo("2");

    var done = ok(jane.postJson(API + "/" + no + "/finish", Map.of("notes", "selesai")), 200);
    assertThat(done.get("status").asString()).isEqualTo("Done");

    var detail = ok(jane.get(API + "/" + no), 200);
    assertThat(detail.get("materials").get(0).get("qtyIssued").decimalValue()).isEqualByComparingTo("40");
    assertThat(detail.get("materials").get(1).get("qtyIssued").decimalValue()).isEqualByComparingTo("15");
    assertThat(detail.get("outputLots").size()).isEqualTo(2);
    var statuses = jdbc.sql("""
            SELECT s.new_status FROM log_status s JOIN t_wo w ON w.id = s.entity_id
            WHERE s.entity_type = 'WO' AND w.wo_no = :no ORDER BY s.id""")
        .param("no", no).query(String.class).list();
    assertThat(statuses).containsExactly("Scheduled", "In Progress", "Done");
    var sla = jdbc.sql("""
            SELECT count(*) FROM log_sla WHERE entity_type = 'WO' AND entity_key = :no AND sla_type = 'Processing'
              AND completed_at IS NOT NULL""").param("no", no).query(Long.class).single();
    assertThat(sla).isEqualTo(1);
    var events = jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_type = 'factory.wo.status_changed' AND resource_id = :no")
        .param("no", no).query(Long.class).optional().orElse(0L);
    assertThat(events).isEqualTo(3);

    // a finished order refuses further work and cannot be cancelled
    assertThat(jane.postJson(API + "/" + no + "/output", Map.of("good", 1)).statusCode()).isEqualTo(409);
    assertThat(jane.postJson(API + "/" + no + "/cancel", Map.of()).statusCode()).isEqualTo(409);
  }

  @Test
  void issueBeyondStockIsRefusedWithoutPartialWrites() {
    var no = ok(jane.postJson(API, order("10")), 201).get("woNo").asString();
    ok(jane.postJson(API + "/" + no + "/start", Map.of()), 200);
    var tooMuch = Map.of("materials", List.of(Map.of("item", plainMaterial, "qty", 5), Map.of("item", lotMaterial, "qty", 81)));
    assertThat(jane.postJson(API + "/" + no + "/issue", tooMuch).statusCode()).isEqualTo(409);
    assertThat(f.onHand(plainMaterial, rawWh)).isEqualByComparingTo("100");
    assertThat(f.onHand(lotMaterial, rawWh)).isEqualByComparingTo("80");
    var plain = Map.of("materials", List.of(Map.of("item", plainMaterial, "qty", 101)));
    assertThat(jane.postJson(API + "/" + no + "/issue", plain).statusCode()).isEqualTo(409);
    var detail = ok(jane.get(API + "/" + no), 200);
    assertThat(detail.get("materials").get(1).get("qtyIssued").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void cancelOnlyWhileScheduled() {
    var first = ok(jane.postJson(API, order("10")), 201).get("woNo").asString();
    var cancelled = ok(jane.postJson(API + "/" + first + "/cancel", Map.of("notes", "batal")), 200);
    assertThat(cancelled.get("status").asString()).isEqualTo("Cancelled");
    assertThat(jane.postJson(API + "/" + first + "/start", Map.of()).statusCode()).isEqualTo(409);

    var second = ok(jane.postJson(API, order("10")), 201);
    ok(jane.postJson(API + "/" + second.get("uuid").asString() + "/start", Map.of()), 200);
    assertThat(jane.postJson(API + "/" + second.get("woNo").asString() + "/cancel", Map.of()).statusCode()).isEqualTo(409);
    assertThat(jane.postJson(API + "/" + second.get("woNo").asString() + "/start", Map.of()).statusCode()).isEqualTo(409);
  }

  @Test
  void listFiltersAndSearches() {
    var no = ok(jane.postJson(API, order("10")), 201).get("woNo").asString();
    var page = ok(jane.get(API + "?q=" + no + "&status=Scheduled"), 200);
    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("item").asString()).isEqualTo(product);
    assertThat(ok(jane.get(API + "?q=" + no + "&status=Done"), 200).get("total").asInt()).isZero();
    assertThat(jane.get(API + "?status=Bogus").statusCode()).isEqualTo(400);
    assertThat(LocalDate.parse(page.get("items").get(0).get("startDate").asString())).isEqualTo(LocalDate.of(2026, 11, 20));
  }
}
