package io.kelola.factory.sales;

import static io.kelola.factory.sales.SalesFixtures.action;
import static io.kelola.factory.sales.SalesFixtures.create;
import static io.kelola.factory.sales.SalesFixtures.doAction;
import static io.kelola.factory.sales.SalesFixtures.line;
import static io.kelola.factory.sales.SalesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A sales order from draft to closed through the API: reservation, shipment, delivery, receivable. */
@IntegrationTest
class SalesOrderFlowTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  SalesFixtures f;
  Http sales;
  Http manager;
  Http gudang;
  String customer;
  String item;
  String wh;

  @BeforeEach
  void setUp() {
    f = new SalesFixtures(jdbc, ledger);
    sales = Http.api(port, "sales1", Http.DEMO_PASSWORD);
    manager = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    gudang = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    customer = f.customer("100000000", 14);
    item = f.item("65000");
    wh = f.warehouse();
    f.stock(item, wh, 100);
  }

  String approvedOrder(int qty) {
    var no = create(sales, order(customer, wh, List.of(line(item, qty))));
    assertThat(action(sales, no, "submit", null).statusCode()).isEqualTo(200);
    var approved = action(manager, no, "approve", null);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return no;
  }

  JsonNode detail(String no) {
    return Http.json(sales.get("/api/v1/factory/sales-orders/" + no));
  }

  @Test
  void orderFlowsFromDraftToClosedWithReservationShipmentAndReceivable() {
    var no = create(sales, order(customer, wh, List.of(line(item, 10))));
    var draft = detail(no);
    assertThat(no).matches("SO-\\d{6}-\\d{4}");
    assertThat(draft.get("status").asString()).isEqualTo("Draft");
    assertThat(draft.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("65000");
    assertThat(draft.get("totalAmt").decimalValue()).isEqualByComparingTo("650000");
    assertThat(draft.get("taxAmt").decimalValue()).isEqualByComparingTo("71500");
    assertThat(draft.get("grandAmt").decimalValue()).isEqualByComparingTo("721500");
    assertThat(draft.get("taxes").get(0).get("dpp").decimalValue()).isEqualByComparingTo("595833.33");

    assertThat(Http.json(action(sales, no, "submit", null)).get("status").asString()).isEqualTo("Pending");
    var approved = Http.json(action(manager, no, "approve", null));
    assertThat(approved.get("status").asString()).isEqualTo("Approved");
    assertThat(approved.get("overCredit").asBoolean()).isFalse();
    assertThat(approved.get("reservations").get(0).get("status").asString()).isEqualTo("ACTIVE");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("10");
    assertThat(approved.get("timeline").size()).isEqualTo(3);
    assertThat(approved.get("slas").get(0).get("completedAt").isNull()).isFalse();

    var created = gudang.postJson("/api/v1/factory/deliveries",
        Map.of("salesOrder", no, "vehicleNo", "B 1234 CD", "driver", "3201010101900002"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var doNo = Http.json(created).get("delivery").get("doNo").asString();
    assertThat(Http.json(created).get("lines").get(0).get("qty").decimalValue()).isEqualByComparingTo("10");

    var shipped = doAction(gudang, doNo, "ship", Map.of("date", "2026-11-20"));
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
    assertThat(Http.json(shipped).get("delivery").get("status").asString()).isEqualTo("Shipped");
    var balance = f.balance(item, wh);
    assertThat(balance[0]).isEqualByComparingTo("90");
    assertThat(balance[1]).isEqualByComparingTo("0");
    assertThat(detail(no).get("reservations").get(0).get("status").asString()).isEqualTo("ISSUED");
    assertThat(jdbc.sql("""
            SELECT c.code FROM t_inv_move m JOIN m_cust c ON c.id = m.cust_id JOIN m_item i ON i.id = m.item_id
            WHERE i.code = :item AND m.move_type = 'OUT'""").param("item", item).query(String.class).list())
        .containsExactly(customer);

    assertThat(doAction(gudang, doNo, "deliver", Map.of("date", "2026-11-19")).statusCode()).isEqualTo(400);
    var delivered = doAction(gudang, doNo, "deliver", Map.of("date", "2026-11-21"));
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(Http.json(delivered).get("delivery").get("netAmt").decimalValue()).isEqualByComparingTo("650000");
    var ar = jdbc.sql("""
            SELECT a.net_amt, a.tax_amt, a.amt, a.due_dt, a.status FROM t_ar a JOIN t_so s ON s.id = a.so_id
            WHERE s.so_no = :no""").param("no", no).query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2),
            rs.getBigDecimal(3), rs.getObject(4, LocalDate.class), rs.getString(5))).single();
    assertThat((BigDecimal) ar.get(0)).isEqualByComparingTo("650000");
    assertThat((BigDecimal) ar.get(1)).isEqualByComparingTo("71500");
    assertThat((BigDecimal) ar.get(2)).isEqualByComparingTo("721500");
    assertThat(ar.get(3)).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(ar.get(4)).isEqualTo("Open");
    var closed = detail(no);
    assertThat(closed.get("status").asString()).isEqualTo("Closed");
    assertThat(closed.get("lines").get(0).get("qtyDelivered").decimalValue()).isEqualByComparingTo("10");
    assertThat(doAction(gudang, doNo, "deliver", null).statusCode()).isEqualTo(409);
  }

  @Test
  void twoPartialDeliveriesCloseTheOrderOnlyWhenEverythingArrived() {
    var no = approvedOrder(10);
    var first = gudang.postJson("/api/v1/factory/deliveries",
        Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 4))));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    var doOne = Http.json(first).get("delivery").get("doNo").asString();
    var tooMuch = gudang.postJson("/api/v1/factory/deliveries",
        Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 7))));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(Http.json(tooMuch).get("errors").get(0).get("field").asString()).isEqualTo("lines[0].qty");
    assertThat(doAction(gudang, doOne, "ship", null).statusCode()).isEqualTo(200);
    assertThat(f.balance(item, wh)[0]).isEqualByComparingTo("96");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("6");
    assertThat(doAction(gudang, doOne, "deliver", null).statusCode()).isEqualTo(200);
    assertThat(detail(no).get("status").asString()).isEqualTo("Approved");

    var second = gudang.postJson("/api/v1/factory/deliveries", Map.of("salesOrder", no));
    var doTwo = Http.json(second).get("delivery").get("doNo").asString();
    assertThat(Http.json(second).get("lines").get(0).get("qty").decimalValue()).isEqualByComparingTo("6");
    assertThat(doAction(gudang, doTwo, "ship", null).statusCode()).isEqualTo(200);
    assertThat(doAction(gudang, doTwo, "deliver", null).statusCode()).isEqualTo(200);
    assertThat(detail(no).get("status").asString()).isEqualTo("Closed");
    assertThat(f.balance(item, wh)[0]).isEqualByComparingTo("90");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("0");
    var invoiced = jdbc.sql("SELECT SUM(a.net_amt) FROM t_ar a JOIN t_so s ON s.id = a.so_id WHERE s.so_no = :no")
        .param("no", no).query(BigDecimal.class).single();
    assertThat(invoiced).isEqualByComparingTo("650000");
  }

  @Test
  void closingShortReleasesWhatIsStillHeld() {
    var no = approvedOrder(10);
    var d = Http.json(gudang.postJson("/api/v1/factory/deliveries",
        Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 3))))).get("delivery").get("doNo").asString();
    doAction(gudang, d, "ship", null);
    assertThat(action(manager, no, "close", Map.of("reason", "sisa tidak jadi")).statusCode()).isEqualTo(409);
    doAction(gudang, d, "deliver", null);
    var closed = action(manager, no, "close", Map.of("reason", "sisa tidak jadi"));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Http.json(closed).get("status").asString()).isEqualTo("Closed");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("0");
    assertThat(f.balance(item, wh)[0]).isEqualByComparingTo("97");
  }

  @Test
  void cancellingAnApprovedOrderNeedsAReasonAndReleasesTheReservation() {
    var no = approvedOrder(8);
    var pendingDo = Http.json(gudang.postJson("/api/v1/factory/deliveries", Map.of("salesOrder", no)))
        .get("delivery").get("doNo").asString();
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("8");
    var noReason = action(manager, no, "cancel", null);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(Http.json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
    var cancelled = action(manager, no, "cancel", Map.of("reason", "pelanggan batal"));
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    var body = Http.json(cancelled);
    assertThat(body.get("status").asString()).isEqualTo("Cancelled");
    assertThat(body.get("reservations").get(0).get("status").asString()).isEqualTo("RELEASED");
    assertThat(body.get("deliveries").get(0).get("status").asString()).isEqualTo("Cancelled");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("0");
    assertThat(doAction(gudang, pendingDo, "ship", null).statusCode()).isEqualTo(409);
  }

  @Test
  void rejectSendsThePendingOrderBackToDraftWithTheReason() {
    var no = create(sales, order(customer, wh, List.of(line(item, 2))));
    action(sales, no, "submit", null);
    assertThat(action(manager, no, "reject", Map.of()).statusCode()).isEqualTo(400);
    var rejected = action(manager, no, "reject", Map.of("reason", "harga salah"));
    assertThat(rejected.statusCode()).isEqualTo(200);
    var body = Http.json(rejected);
    assertThat(body.get("status").asString()).isEqualTo("Draft");
    var last = body.get("timeline").get(body.get("timeline").size() - 1);
    assertThat(last.get("newStatus").asString()).isEqualTo("Draft");
    assertThat(last.get("notes").asString()).isEqualTo("harga salah");
    assertThat(f.balance(item, wh)[1]).isEqualByComparingTo("0");
    // a draft can be edited again and resubmitted
    var edited = sales.sendJson("PUT", "/api/v1/factory/sales-orders/" + no,
        "{\"customer\":\"" + customer + "\",\"warehouse\":\"" + wh + "\",\"lines\":[{\"item\":\"" + item
            + "\",\"qty\":3,\"unitPrice\":60000}]}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(403);
    var byManager = manager.sendJson("PUT", "/api/v1/factory/sales-orders/" + no,
        "{\"customer\":\"" + customer + "\",\"warehouse\":\"" + wh + "\",\"lines\":[{\"item\":\"" + item
            + "\",\"qty\":3,\"unitPrice\":60000}]}");
    assertThat(byManager.statusCode()).as(byManager.body()).isEqualTo(200);
    assertThat(Http.json(byManager).get("totalAmt").decimalValue()).isEqualByComparingTo("180000");
  }

  @Test
  void submitterCannotApproveTheirOwnOrder() {
    var no = create(manager, order(customer, wh, List.of(line(item, 1))));
    action(manager, no, "submit", null);
    var own = action(manager, no, "approve", null);
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(Http.json(own).get("detail").asString()).contains("sendiri");
    assertThat(action(Http.api(port, "admin", Http.DEMO_PASSWORD), no, "approve", null).statusCode()).isEqualTo(200);
  }

  @Test
  void totalsFollowLineDiscountHeaderDiscountAndPpnPerTaxCode() {
    var other = f.item(null);
    var exempt = f.item("5000");
    var body = order(customer, wh, List.of(
        Map.of("item", item, "qty", 3, "unitPrice", 10000, "discPct", 10),
        Map.of("item", other, "qty", 7, "unitPrice", "1234.57"),
        Map.of("item", exempt, "qty", 2, "taxCode", "EXEMPT")));
    body.put("discPct", 5);
    var d = detail(create(sales, body));
    assertThat(d.get("lines").get(0).get("lineAmt").decimalValue()).isEqualByComparingTo("27000.00");
    assertThat(d.get("lines").get(1).get("lineAmt").decimalValue()).isEqualByComparingTo("8641.99");
    assertThat(d.get("lines").get(2).get("lineAmt").decimalValue()).isEqualByComparingTo("10000.00");
    assertThat(d.get("grossAmt").decimalValue()).isEqualByComparingTo("45641.99");
    assertThat(d.get("totalAmt").decimalValue()).isEqualByComparingTo("43359.89");
    // PPN share 43359.89 × 35641.99 / 45641.99 = 33859.89; 12 % of 11/12 of it = 3724.59 → Rp3.725
    assertThat(d.get("taxes").get(0).get("net").decimalValue()).isEqualByComparingTo("33859.89");
    assertThat(d.get("taxes").get(0).get("dpp").decimalValue()).isEqualByComparingTo("31038.23");
    assertThat(d.get("taxes").get(1).get("net").decimalValue()).isEqualByComparingTo("9500.00");
    assertThat(d.get("taxAmt").decimalValue()).isEqualByComparingTo("3725");
    assertThat(d.get("grandAmt").decimalValue()).isEqualByComparingTo("47084.89");
  }

  @Test
  void shippingPartOfALotReservationIssuesEarliestExpiryFirstAndKeepsTheRestHeld() {
    var lotItem = SalesFixtures.code("T-LOT");
    jdbc.sql("""
            INSERT INTO m_item (code, name, category, uom, sell_price, is_lot_track, is_exp_track)
            VALUES (:c, :c, 'Finished Goods', 'PCS', 1000, TRUE, TRUE)""").param("c", lotItem).update();
    var today = LocalDate.now();
    for (var lot : List.of(new Object[] {"L-EARLY", 60, 6}, new Object[] {"L-LATE", 200, 10})) {
      var registered = ledger.registerLot(new io.kelola.inventory.LotRegistration(lotItem, (String) lot[0], null, null,
          today, today.plusDays((Integer) lot[1])));
      ledger.changeLotStatus(registered.uuid(), "RELEASED", "CoA ok");
      ledger.receive(new io.kelola.inventory.Receipt(lotItem, wh, null, BigDecimal.valueOf((Integer) lot[2]), null,
          (String) lot[0], null, null, null, null, null, null, "TEST", "LOT-FIXTURE"));
    }
    var no = create(sales, order(customer, wh, List.of(line(lotItem, 10))));
    action(sales, no, "submit", null);
    assertThat(action(manager, no, "approve", null).statusCode()).isEqualTo(200);
    var doNo = Http.json(gudang.postJson("/api/v1/factory/deliveries",
        Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 8))))).get("delivery").get("doNo").asString();
    var shipped = doAction(gudang, doNo, "ship", null);
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
    var lots = jdbc.sql("""
            SELECT l.lot_no, b.qty_on_hand, b.qty_reserved FROM t_inv b JOIN t_lot l ON l.id = b.lot_id
            JOIN m_item i ON i.id = b.item_id WHERE i.code = :item ORDER BY l.lot_no""")
        .param("item", lotItem).query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros()
            .toPlainString() + " " + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()).list();
    assertThat(lots).containsExactly("L-EARLY 0 0", "L-LATE 8 2");
    var out = jdbc.sql("""
            SELECT SUM(m.qty) FROM t_inv_move m JOIN m_item i ON i.id = m.item_id JOIN m_cust c ON c.id = m.cust_id
            WHERE i.code = :item AND m.move_type = 'OUT' AND c.code = :cust""")
        .param("item", lotItem).param("cust", customer).query(BigDecimal.class).single();
    assertThat(out).isEqualByComparingTo("8");
    var active = 0;
    for (var r : detail(no).get("reservations")) if ("ACTIVE".equals(r.get("status").asString())) active++;
    assertThat(active).isEqualTo(1);
    assertThat(action(manager, no, "cancel", Map.of("reason", "x")).statusCode()).isEqualTo(409);
  }
}
