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
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may call which sales endpoint, and bad input refused as a problem with nothing written. */
@IntegrationTest
class SalesAccessAndInputTest {

  static final String SO = "/api/v1/factory/sales-orders";
  static final String DO = "/api/v1/factory/deliveries";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  SalesFixtures f;
  Http sales;
  Http manager;
  String customer;
  String item;
  String wh;

  @BeforeEach
  void setUp() {
    f = new SalesFixtures(jdbc, ledger);
    sales = Http.api(port, "sales1", Http.DEMO_PASSWORD);
    manager = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    customer = f.customer("100000000", 30);
    item = f.item("1000");
    wh = f.warehouse();
    f.stock(item, wh, 100);
  }

  @Test
  void eachEndpointAllowsItsRolesAndRefusesOthers() {
    var prod = Http.api(port, "jane.smith", Http.DEMO_PASSWORD);
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    var gudang = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    var body = order(customer, wh, List.of(line(item, 2)));

    assertThat(prod.postJson(SO, body).statusCode()).isEqualTo(403);
    assertThat(operator.postJson(SO, body).statusCode()).isEqualTo(403);
    var no = create(sales, body);
    assertThat(sales.get(SO + "?q=" + no).statusCode()).isEqualTo(200);
    assertThat(prod.get(SO + "/" + no).statusCode()).isEqualTo(200);
    assertThat(auditor.get(SO).statusCode()).isEqualTo(200);
    assertThat(operator.get(SO).statusCode()).isEqualTo(403);
    assertThat(operator.get(SO + "/" + no).statusCode()).isEqualTo(403);
    assertThat(prod.sendJson("PUT", SO + "/" + no, "{}").statusCode()).isEqualTo(403);
    assertThat(manager.sendJson("PUT", SO + "/" + no, "{\"customer\":\"" + customer + "\",\"warehouse\":\"" + wh
        + "\",\"lines\":[{\"item\":\"" + item + "\",\"qty\":5}]}").statusCode()).isEqualTo(200);
    assertThat(prod.postJson(SO + "/" + no + "/submit", Map.of()).statusCode()).isEqualTo(403);
    assertThat(action(sales, no, "submit", null).statusCode()).isEqualTo(200);
    assertThat(action(sales, no, "approve", null).statusCode()).isEqualTo(403);
    assertThat(action(prod, no, "reject", Map.of("reason", "x")).statusCode()).isEqualTo(403);
    assertThat(action(manager, no, "reject", Map.of("reason", "ubah jumlah")).statusCode()).isEqualTo(200);
    action(sales, no, "submit", null);
    assertThat(action(Http.api(port, "direktur", Http.DEMO_PASSWORD), no, "approve", null).statusCode()).isEqualTo(200);

    var doBody = Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 1)));
    assertThat(sales.postJson(DO, doBody).statusCode()).isEqualTo(403);
    assertThat(auditor.postJson(DO, doBody).statusCode()).isEqualTo(403);
    var created = gudang.postJson(DO, doBody);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var doNo = Http.json(created).get("delivery").get("doNo").asString();
    assertThat(auditor.get(DO).statusCode()).isEqualTo(200);
    assertThat(auditor.get(DO + "/" + doNo).statusCode()).isEqualTo(200);
    assertThat(sales.get(DO).statusCode()).isEqualTo(403);
    assertThat(doAction(operator, doNo, "ship", null).statusCode()).isEqualTo(403);
    assertThat(doAction(auditor, doNo, "cancel", null).statusCode()).isEqualTo(403);
    assertThat(doAction(manager, doNo, "ship", null).statusCode()).isEqualTo(200);
    assertThat(doAction(sales, doNo, "deliver", null).statusCode()).isEqualTo(403);
    assertThat(doAction(gudang, doNo, "deliver", null).statusCode()).isEqualTo(200);
    var second = Http.json(gudang.postJson(DO, doBody)).get("delivery").get("doNo").asString();
    assertThat(doAction(gudang, second, "cancel", Map.of("reason", "truk penuh")).statusCode()).isEqualTo(200);

    assertThat(action(sales, no, "close", null).statusCode()).isEqualTo(403);
    assertThat(action(sales, no, "cancel", Map.of("reason", "x")).statusCode()).isEqualTo(403);
    assertThat(action(manager, no, "close", null).statusCode()).isEqualTo(200);
    var draft = create(sales, body);
    assertThat(action(prod, draft, "cancel", null).statusCode()).isEqualTo(403);
    assertThat(action(manager, draft, "cancel", null).statusCode()).isEqualTo(200);
    assertThat(Http.anonymous(port).get(SO).statusCode()).isEqualTo(401);
  }

  @Test
  void badOrdersAreRefusedWithTheFieldAndNothingIsWritten() {
    var before = f.count("t_so");
    expect(sales.sendJson("POST", SO, "{\"customer\": "), 400, null);
    expect(sales.sendJson("POST", SO, "[1,2]"), 400, null);
    expect(sales.postJson(SO, order("NOPE-" + customer, wh, List.of(line(item, 1)))), 400, "customer");
    expect(sales.postJson(SO, order(customer, "NOPE-WH", List.of(line(item, 1)))), 400, "warehouse");
    expect(sales.postJson(SO, order(customer, wh, List.of(line("NOPE-ITEM", 1)))), 400, "lines[0].item");
    expect(sales.postJson(SO, order(customer, wh, List.of(line(item, 0)))), 400, "lines[0].qty");
    expect(sales.postJson(SO, order(customer, wh, List.of(line(item, 1), line(item, -3)))), 400, "lines[1].qty");
    expect(sales.postJson(SO, order(customer, wh, List.of(line(item, "1.00001")))), 400, "lines[0].qty");
    expect(sales.postJson(SO, order(customer, wh, List.of(line(item, "abc")))), 400, null);
    expect(sales.postJson(SO, order(customer, wh, List.of(line(item, "1e30")))), 400, "lines[0].qty");
    expect(sales.postJson(SO, order(customer, wh, List.of())), 400, "lines");
    var disc = line(item, 1);
    disc.put("discPct", 101);
    expect(sales.postJson(SO, order(customer, wh, List.of(disc))), 400, "lines[0].discPct");
    var header = order(customer, wh, List.of(line(item, 1)));
    header.put("discPct", -1);
    expect(sales.postJson(SO, header), 400, "discPct");
    var tax = line(item, 1);
    tax.put("taxCode", "VAT99");
    expect(sales.postJson(SO, order(customer, wh, List.of(tax))), 400, "lines[0].taxCode");
    var price = line(item, 1);
    price.put("unitPrice", -5);
    expect(sales.postJson(SO, order(customer, wh, List.of(price))), 400, "lines[0].unitPrice");
    expect(sales.postJson(SO, order(customer, wh, List.of(line(f.item(null), 1)))), 400, "lines[0].unitPrice");
    var many = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 201; i++) many.add(line(item, 1));
    expect(sales.postJson(SO, order(customer, wh, many)), 400, "lines");
    var dates = order(customer, wh, List.of(line(item, 1)));
    dates.put("orderDate", "2026-11-10");
    dates.put("deadline", "2026-11-01");
    expect(sales.postJson(SO, dates), 400, "deadline");
    dates.put("deadline", "tomorrow");
    expect(sales.postJson(SO, dates), 400, null);
    var longNotes = order(customer, wh, List.of(line(item, 1)));
    longNotes.put("notes", "x".repeat(501));
    expect(sales.postJson(SO, longNotes), 400, "notes");
    assertThat(f.count("t_so")).isEqualTo(before);
    var full = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 200; i++) full.add(line(item, 1));
    assertThat(sales.postJson(SO, order(customer, wh, full)).statusCode()).isEqualTo(201);
  }

  @Test
  void wrongTransitionsAndUnknownDocumentsAreRefused() {
    var no = create(sales, order(customer, wh, List.of(line(item, 5))));
    expect(action(manager, no, "approve", null), 409, null);
    expect(action(manager, no, "reject", Map.of("reason", "x")), 409, null);
    expect(action(manager, no, "close", null), 409, null);
    expect(manager.postJson(DO, Map.of("salesOrder", no)), 409, "salesOrder");
    expect(action(manager, "SO-209901-9999", "submit", null), 404, null);
    expect(manager.get(SO + "/SO-209901-9999"), 404, null);
    expect(manager.get(SO + "/" + "x".repeat(300)), 404, null);
    expect(manager.get(DO + "/DO-209901-9999"), 404, null);
    expect(doAction(manager, "DO-209901-9999", "ship", null), 404, null);
    expect(manager.postJson(DO, Map.of()), 400, "salesOrder");
    action(sales, no, "submit", null);
    expect(action(sales, no, "submit", null), 409, null);
    expect(manager.sendJson("POST", SO + "/" + no + "/approve", "{\"reason\": "), 400, null);
    expect(manager.sendJson("POST", SO + "/" + no + "/reject", "{\"reason\": 5"), 400, null);
    expect(manager.sendJson("POST", DO, "{\"salesOrder\": ["), 400, null);
    expect(manager.sendJson("PUT", SO + "/" + no, "not json"), 400, null);
    assertThat(Http.json(manager.get(SO + "/" + no)).get("status").asString()).isEqualTo("Pending");
    expect(manager.sendJson("PUT", SO + "/" + no, "{\"customer\":\"" + customer + "\",\"lines\":[{\"item\":\"" + item
        + "\",\"qty\":1}]}"), 409, null);
    action(manager, no, "approve", null);
    expect(action(manager, no, "approve", null), 409, null);
    expect(manager.postJson(DO, Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 9, "qty", 1)))), 400,
        "lines[0].lineNo");
    expect(manager.postJson(DO, Map.of("salesOrder", no, "lines", List.of(Map.of("lineNo", 1, "qty", 0)))), 400,
        "lines[0].qty");
    expect(manager.postJson(DO, Map.of("salesOrder", no, "driver", "NOPE")), 400, "driver");
    expect(manager.postJson(DO, Map.of("salesOrder", no, "shipDate", "2026-11-10", "etaDate", "2026-11-01")), 400,
        "etaDate");
    var dos = f.count("t_do");
    var doNo = Http.json(manager.postJson(DO, Map.of("salesOrder", no))).get("delivery").get("doNo").asString();
    assertThat(f.count("t_do")).isEqualTo(dos + 1);
    expect(manager.postJson(DO, Map.of("salesOrder", no)), 409, "lines");
    expect(doAction(manager, doNo, "deliver", null), 409, null);
    doAction(manager, doNo, "ship", null);
    expect(doAction(manager, doNo, "ship", null), 409, null);
    expect(doAction(manager, doNo, "cancel", null), 409, null);
    expect(action(manager, no, "cancel", Map.of("reason", "x")), 409, null);
    expect(doAction(manager, doNo, "deliver", Map.of("date", "not-a-date")), 400, null);
  }

  private static void expect(HttpResponse<String> res, int status, String field) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    if (field != null) {
      var errors = Http.json(res).get("errors");
      assertThat(errors).as(res.body()).isNotNull();
      assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    }
  }

  @SuppressWarnings("unused")
  private static Map<String, Object> copy(Map<String, Object> m) {
    return new HashMap<>(m);
  }
}
