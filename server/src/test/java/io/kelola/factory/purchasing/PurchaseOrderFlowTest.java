package io.kelola.factory.purchasing;

import static io.kelola.factory.purchasing.PurchasingFixtures.approved;
import static io.kelola.factory.purchasing.PurchasingFixtures.create;
import static io.kelola.factory.purchasing.PurchasingFixtures.detail;
import static io.kelola.factory.purchasing.PurchasingFixtures.line;
import static io.kelola.factory.purchasing.PurchasingFixtures.onHand;
import static io.kelola.factory.purchasing.PurchasingFixtures.path;
import static io.kelola.factory.purchasing.PurchasingFixtures.po;
import static io.kelola.factory.purchasing.PurchasingFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A PO through both approval tiers, partial and full receipt with stock and payables following. */
@IntegrationTest
class PurchaseOrderFlowTest {

  static final String P = "POF";
  static final String VENDOR = P + "-V";
  static final String PLAIN = P + "-P";
  static final String LOT = P + "-L";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void masters() {
    PurchasingFixtures.masters(port, P);
  }

  private Http as(String user) {
    return Http.api(port, user, Http.DEMO_PASSWORD);
  }

  @Test
  void createPricesLinesAndTaxPerCodeAndStartsAsDraft() {
    var res = as("jane.smith").postJson("/api/v1/factory/purchase-orders", po(VENDOR, List.of(
        line(PLAIN, 100, null, null), line(LOT, "40.5", 20000, "EXEMPT"), line(PLAIN, 3, "1000.50", "ppn_lux"))));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    var d = Http.json(res);
    var po = d.get("po");
    assertThat(po.get("poNo").asString()).matches("PO-\\d{6}-\\d{4}");
    assertThat(po.get("status").asString()).isEqualTo("Draft");
    // 100 × 10.000 (std cost) + 40,5 × 20.000 + 3 × 1.000,50
    assertThat(po.get("total").decimalValue()).isEqualByComparingTo("1813001.50");
    // PPN 12 % of 11/12 of 1.000.000 = 110.000; EXEMPT 0; PPN_LUX 12 % of 3.001,50 = 360,18 → 360
    assertThat(po.get("tax").decimalValue()).isEqualByComparingTo("110360");
    assertThat(po.get("grand").decimalValue()).isEqualByComparingTo("1923361.50");
    assertThat(d.get("lines")).hasSize(3);
    assertThat(d.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("10000");
    assertThat(d.get("lines").get(0).get("taxCode").asString()).isEqualTo("PPN");
    assertThat(d.get("lines").get(2).get("taxCode").asString()).isEqualTo("PPN_LUX");
    assertThat(d.get("timeline")).hasSize(1);
    assertThat(d.get("timeline").get(0).get("newStatus").asString()).isEqualTo("Draft");
    var owner = jdbc.sql("SELECT owner_uuid::text FROM t_po WHERE po_no = :no").param("no", po.get("poNo").asString())
        .query(String.class).single();
    var jane = jdbc.sql("SELECT uuid::text FROM adm_user WHERE username = 'jane.smith'").query(String.class).single();
    assertThat(owner).isEqualTo(jane);
  }

  @Test
  void draftCanBeEditedOnlyWhileDraft() {
    var jane = as("jane.smith");
    var no = create(jane, po(VENDOR, List.of(line(PLAIN, 10, null, null))));
    var edited = jane.sendJson("PUT", path(no),
        toJson(po(VENDOR, List.of(line(PLAIN, 20, 500, null), line(PLAIN, 1, 1, "EXEMPT")))));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(Http.json(edited).get("po").get("total").decimalValue()).isEqualByComparingTo("10001");
    assertThat(Http.json(edited).get("lines")).hasSize(2);
    assertThat(jane.postJson(path(no) + "/submit", Map.of()).statusCode()).isEqualTo(200);
    var late = jane.sendJson("PUT", path(no), toJson(po(VENDOR, List.of(line(PLAIN, 1, 1, null)))));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(detail(jane, no).get("po").get("total").decimalValue()).isEqualByComparingTo("10001");
  }

  @Test
  void underTheThresholdOneManagerApprovalIsFinal() {
    var no = submitted(as("admin"), po(VENDOR, List.of(line(PLAIN, 100, null, null))));
    var d = detail(as("jane.smith"), no);
    assertThat(d.get("po").get("status").asString()).isEqualTo("Pending");
    assertThat(d.get("slas").get(0).get("slaType").asString()).isEqualTo("Approval");
    assertThat(d.get("slas").get(0).get("completedAt").isNull()).isTrue();

    var res = as("jane.smith").postJson(path(no) + "/approve", Map.of("reason", "Stok menipis"));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var after = Http.json(res);
    assertThat(after.get("po").get("status").asString()).isEqualTo("Approved");
    assertThat(after.get("approvedBy").asString()).isEqualTo("jane.smith");
    assertThat(after.get("approvedAt").isNull()).isFalse();
    assertThat(after.get("slas").get(0).get("completedAt").isNull()).isFalse();
    assertThat(after.get("timeline")).hasSize(3);
    assertThat(after.get("timeline").get(2).get("notes").asString()).contains("Manager approval").contains("Stok menipis");
  }

  @Test
  void aboveTheThresholdTheDirectorApprovesAfterTheManager() {
    // 3.000 × 10.000 = 30.000.000 > 25.000.000 before PPN
    var no = submitted(as("admin"), po(VENDOR, List.of(line(PLAIN, 3000, null, null))));
    var jane = as("jane.smith");
    var first = jane.postJson(path(no) + "/approve", Map.of());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Http.json(first).get("po").get("status").asString()).isEqualTo("Pending Director");
    assertThat(Http.json(first).get("approvedAt").isNull()).isTrue();

    var again = jane.postJson(path(no) + "/approve", Map.of());
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(Http.json(again).get("detail").asString()).containsIgnoringCase("direktur");
    assertThat(Http.json(again).get("type").asString()).endsWith("/forbidden");
    assertThat(detail(jane, no).get("po").get("status").asString()).isEqualTo("Pending Director");

    var director = as("direktur").postJson(path(no) + "/approve", Map.of());
    assertThat(director.statusCode()).as(director.body()).isEqualTo(200);
    var d = Http.json(director);
    assertThat(d.get("po").get("status").asString()).isEqualTo("Approved");
    assertThat(d.get("approvedBy").asString()).isEqualTo("direktur");
    var steps = d.get("timeline");
    assertThat(steps).hasSize(4);
    assertThat(steps.get(2).get("newStatus").asString()).isEqualTo("Pending Director");
    assertThat(steps.get(2).get("changedBy").asString()).isEqualTo("jane.smith");
    assertThat(steps.get(3).get("notes").asString()).startsWith("Director approval");
    var rows = jdbc.sql("""
            SELECT old_status, duration_min FROM log_status s JOIN t_po p ON p.id = s.entity_id
            WHERE s.entity_type = 'PO' AND p.po_no = :no ORDER BY s.id""").param("no", no)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2)}).list();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)[1]).as("the first status has no previous one").isNull();
    rows.subList(1, 4).forEach(r -> assertThat(r[1]).as("duration in " + r[0]).isNotNull());
  }

  @Test
  void aDirectorApprovesBothTiersInOneStep() {
    var no = submitted(as("admin"), po(VENDOR, List.of(line(PLAIN, 2600, null, null))));
    var res = as("direktur").postJson(path(no) + "/approve", Map.of());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var d = Http.json(res);
    assertThat(d.get("po").get("status").asString()).isEqualTo("Approved");
    assertThat(d.get("timeline")).hasSize(4);
    assertThat(d.get("timeline").get(2).get("newStatus").asString()).isEqualTo("Pending Director");
    assertThat(d.get("timeline").get(3).get("newStatus").asString()).isEqualTo("Approved");
    var audits = jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'APPROVE' AND entity_key = :no")
        .param("no", no).query(Long.class).single();
    assertThat(audits).isEqualTo(2);
  }

  @Test
  void theCreatorCannotApproveAndRejectSendsBackToDraft() {
    var jane = as("jane.smith");
    var no = submitted(jane, po(VENDOR, List.of(line(PLAIN, 5, null, null))));
    var own = jane.postJson(path(no) + "/approve", Map.of());
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(detail(jane, no).get("po").get("status").asString()).isEqualTo("Pending");

    var noReason = as("direktur").postJson(path(no) + "/reject", Map.of());
    assertThat(noReason.statusCode()).isEqualTo(400);
    var rejected = as("direktur").postJson(path(no) + "/reject", Map.of("reason", "Harga terlalu tinggi"));
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    var d = Http.json(rejected);
    assertThat(d.get("po").get("status").asString()).isEqualTo("Draft");
    assertThat(d.get("timeline").get(2).get("notes").asString()).isEqualTo("Harga terlalu tinggi");
    assertThat(jane.postJson(path(no) + "/approve", Map.of()).statusCode()).as("a draft is not pending").isEqualTo(409);
  }

  @Test
  void partialThenFullReceiptMovesStockAndOpensTwoPayables() {
    var no = approved(as("admin"), as("jane.smith"),
        po(VENDOR, List.of(line(PLAIN, 100, null, null), line(LOT, 40, null, "EXEMPT"))));
    var plainBefore = onHand(jdbc, PLAIN);
    var lotBefore = onHand(jdbc, LOT);
    var wh = as("gudang1");

    var first = wh.postJson(path(no) + "/receipts", Map.of("vendorDoc", "SJ-001",
        "lines", List.of(Map.of("lineNo", 1, "qty", 60))));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    var d1 = Http.json(first);
    assertThat(d1.get("po").get("status").asString()).isEqualTo("Partially Received");
    assertThat(d1.get("lines").get(0).get("qtyReceived").decimalValue()).isEqualByComparingTo("60");
    assertThat(onHand(jdbc, PLAIN)).isEqualByComparingTo(plainBefore.add(new BigDecimal("60")));

    // the lot-tracked line needs its lot and expiry; nothing is written without them
    var noLot = wh.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 40),
        Map.of("lineNo", 2, "qty", 40))));
    assertThat(noLot.statusCode()).isEqualTo(400);
    assertThat(Http.json(noLot).get("errors").get(0).get("field").asString()).isEqualTo("lines[1].lotNo");
    var noExp = wh.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 2, "qty", 40,
        "lotNo", "LOT-" + no))));
    assertThat(noExp.statusCode()).isEqualTo(400);
    // more than is open is a conflict
    var over = wh.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", "40.0001"))));
    assertThat(over.statusCode()).isEqualTo(409);
    assertThat(onHand(jdbc, PLAIN)).isEqualByComparingTo(plainBefore.add(new BigDecimal("60")));
    assertThat(detail(wh, no).get("receipts")).hasSize(1);

    var exp = PurchasingFixtures.today().plusMonths(6);
    var second = wh.postJson(path(no) + "/receipts", Map.of("vendorDoc", "SJ-002", "lines", List.of(
        Map.of("lineNo", 1, "qty", 40), Map.of("lineNo", 2, "qty", 40, "lotNo", "L-" + no, "expDate", exp.toString()))));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    var d2 = Http.json(second);
    assertThat(d2.get("po").get("status").asString()).isEqualTo("Received");
    assertThat(onHand(jdbc, PLAIN)).isEqualByComparingTo(plainBefore.add(new BigDecimal("100")));
    assertThat(onHand(jdbc, LOT)).isEqualByComparingTo(lotBefore.add(new BigDecimal("40")));
    var lotStatus = jdbc.sql("SELECT l.status FROM t_lot l JOIN m_item i ON i.id = l.item_id WHERE i.code = :i AND l.lot_no = :l")
        .param("i", LOT).param("l", "L-" + no).query(String.class).single();
    assertThat(lotStatus).isEqualTo("QUARANTINE");

    var receipts = d2.get("receipts");
    assertThat(receipts).hasSize(2);
    assertThat(receipts.get(0).get("grNo").asString()).matches("GR-\\d{6}-\\d{4}");
    assertThat(receipts.get(1).get("lines")).hasSize(2);
    var bills = d2.get("payables");
    assertThat(bills).hasSize(2);
    // 60 × 10.000 = 600.000 + PPN (12 % of 11/12) 66.000
    assertThat(bills.get(0).get("net").decimalValue()).isEqualByComparingTo("600000");
    assertThat(bills.get(0).get("tax").decimalValue()).isEqualByComparingTo("66000");
    assertThat(bills.get(0).get("amount").decimalValue()).isEqualByComparingTo("666000");
    // 40 × 10.000 with PPN 44.000, 40 × 25.000 exempt
    assertThat(bills.get(1).get("net").decimalValue()).isEqualByComparingTo("1400000");
    assertThat(bills.get(1).get("tax").decimalValue()).isEqualByComparingTo("44000");
    assertThat(bills.get(1).get("amount").decimalValue()).isEqualByComparingTo("1444000");
    for (int i = 0; i < 2; i++) {
      var bill = bills.get(i);
      var billDate = java.time.LocalDate.parse(bill.get("billDate").asString());
      assertThat(billDate).isEqualTo(java.time.LocalDate.parse(receipts.get(i).get("recvDate").asString()));
      assertThat(java.time.LocalDate.parse(bill.get("dueDate").asString())).isEqualTo(billDate.plusDays(45));
      assertThat(bill.get("status").asString()).isEqualTo("Open");
    }
    var moves = jdbc.sql("SELECT count(*) FROM t_inv_move WHERE doc_type = 'PO' AND doc_ref = :no").param("no", no)
        .query(Long.class).single();
    assertThat(moves).isEqualTo(3);

    var cancel = as("admin").postJson(path(no) + "/cancel", Map.of("reason", "Tidak jadi"));
    assertThat(cancel.statusCode()).isEqualTo(409);
    var more = wh.postJson(path(no) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1))));
    assertThat(more.statusCode()).as("a received PO takes no more").isEqualTo(409);
  }

  @Test
  void concurrentReceiptsCannotOverReceive() throws Exception {
    var no = approved(as("admin"), as("jane.smith"), po(VENDOR, List.of(line(PLAIN, 7, null, null))));
    var before = onHand(jdbc, PLAIN);
    var a = as("gudang1");
    var b = as("gudang1");
    var body = Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 7)));
    var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> a.postJson(path(no) + "/receipts", body));
    var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> b.postJson(path(no) + "/receipts", body));
    var codes = List.of(first.get().statusCode(), second.get().statusCode());
    assertThat(codes).containsExactlyInAnyOrder(201, 409);
    assertThat(onHand(jdbc, PLAIN)).isEqualByComparingTo(before.add(new BigDecimal("7")));
    assertThat(detail(a, no).get("payables")).hasSize(1);
  }

  @Test
  void cancelBeforeAnyReceiptFromEveryOpenStatus() {
    var admin = as("admin");
    var draft = create(admin, po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    var approved = approved(admin, as("jane.smith"), po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    for (var no : List.of(draft, approved)) {
      assertThat(admin.postJson(path(no) + "/cancel", Map.of()).statusCode()).as("reason required").isEqualTo(400);
      var res = admin.postJson(path(no) + "/cancel", Map.of("reason", "Salah vendor"));
      assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
      assertThat(Http.json(res).get("po").get("status").asString()).isEqualTo("Cancelled");
      assertThat(admin.postJson(path(no) + "/cancel", Map.of("reason", "lagi")).statusCode()).isEqualTo(409);
    }
    var sla = jdbc.sql("""
            SELECT count(*) FROM log_sla s JOIN t_po p ON p.id = s.entity_id
            WHERE s.entity_type = 'PO' AND p.po_no = :no AND s.completed_at IS NULL""").param("no", approved)
        .query(Long.class).single();
    assertThat(sla).isZero();
  }

  @Test
  void listFiltersBySearchAndStatus() {
    var admin = as("admin");
    var no = create(admin, po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    var res = as("john.doe").get("/api/v1/factory/purchase-orders?q=" + no + "&status=draft");
    assertThat(res.statusCode()).isEqualTo(200);
    var page = Http.json(res);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("vendor").asString()).isEqualTo(VENDOR);
    var byVendor = Http.json(admin.get("/api/v1/factory/purchase-orders?q=" + VENDOR + "&size=100&sort=no&dir=desc"));
    assertThat(byVendor.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(byVendor.get("items").get(0).get("poNo").asString()).isGreaterThanOrEqualTo(no);
    var approvedOnly = Http.json(admin.get("/api/v1/factory/purchase-orders?q=" + no + "&status=Approved"));
    assertThat(approvedOnly.get("total").asLong()).isZero();
    var receipts = admin.get(path(no) + "/receipts");
    assertThat(receipts.statusCode()).isEqualTo(200);
    assertThat(Http.json(receipts)).isEmpty();
  }

  private static String toJson(Object o) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(o);
  }
}
