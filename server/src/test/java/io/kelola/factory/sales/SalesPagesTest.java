package io.kelola.factory.sales;

import static io.kelola.factory.sales.SalesFixtures.action;
import static io.kelola.factory.sales.SalesFixtures.create;
import static io.kelola.factory.sales.SalesFixtures.line;
import static io.kelola.factory.sales.SalesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sales pages for a sales manager: list, form, detail, actions with returnTo, deliveries and downloads. */
@IntegrationTest
class SalesPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  SalesFixtures f;
  Http browser;
  Http sales;
  String customer;
  String item;
  String wh;

  @BeforeEach
  void setUp() {
    f = new SalesFixtures(jdbc, ledger);
    browser = Http.browser(port, "john.doe", Http.DEMO_PASSWORD);
    sales = Http.api(port, "sales1", Http.DEMO_PASSWORD);
    customer = f.customer("100000000", 30);
    item = f.item("65000");
    wh = f.warehouse();
    f.stock(item, wh, 50);
  }

  String pending(int qty) {
    var no = create(sales, order(customer, wh, List.of(line(item, qty))));
    action(sales, no, "submit", null);
    return no;
  }

  @Test
  void listFormAndDetailRenderAndTheFormCreatesAnOrder() {
    var no = pending(3);
    var list = browser.get("/factory/sales-orders?q=" + customer);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(no).contains("Rp216.450").contains("Menunggu Persetujuan");
    assertThat(browser.get("/factory/sales-orders?status=Closed&q=" + customer).body()).doesNotContain(no)
        .contains("so-empty");
    var form = browser.get("/factory/sales-orders/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"item\"").contains(item).contains("/js/factory-sales.js");

    var fields = new LinkedHashMap<String, String>();
    fields.put("customer", customer);
    fields.put("warehouse", wh);
    fields.put("item", item);
    fields.put("qty", "abc");
    var refused = browser.postForm("/factory/sales-orders", fields);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Bukan angka yang valid").contains("value=\"abc\"");
    fields.put("qty", "2");
    fields.put("discPct", "10");
    var created = browser.postForm("/factory/sales-orders", fields);
    assertThat(created.statusCode()).isEqualTo(302);
    var location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/factory/sales-orders/SO-").contains("done=created");
    var detail = browser.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(detail.statusCode()).isEqualTo(200);
    // 2 × 65.000 less 10 % = 117.000; PPN 11/12 × 12 % = 12.870
    assertThat(detail.body()).contains("Rp117.000").contains("Rp12.870").contains("Rp129.870").contains("so-submit");
  }

  @Test
  void approveAndRejectFromThePageHonourALocalReturnTo() {
    var one = pending(2);
    var approved = browser.postForm("/factory/sales-orders/" + one + "/approve", Map.of("returnTo", "/factory/approvals"));
    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/factory/approvals");
    var two = pending(2);
    var rejected = browser.postForm("/factory/sales-orders/" + two + "/reject",
        Map.of("reason", "cek harga", "returnTo", "https://evil.example/factory/x"));
    assertThat(rejected.statusCode()).isEqualTo(302);
    assertThat(rejected.headers().firstValue("Location").orElseThrow()).contains("/factory/sales-orders/" + two)
        .doesNotContain("evil");
    var noReason = browser.postForm("/factory/sales-orders/" + one + "/reject", Map.of());
    assertThat(noReason.statusCode()).isEqualTo(409);
    assertThat(noReason.body()).contains("action-error");
  }

  @Test
  void deliveryPagesCreateShipAndDeliver() {
    var no = pending(4);
    action(Http.api(port, "admin", Http.DEMO_PASSWORD), no, "approve", null);
    var form = browser.get("/factory/deliveries/new?so=" + no);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("qty_1");
    var created = browser.postForm("/factory/deliveries", Map.of("salesOrder", no, "qty_1", "4", "vehicleNo", "B 9 XY"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    var doPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")
        .replaceFirst("\\?.*$", "");
    assertThat(browser.get(doPath).body()).contains("do-ship").contains("B 9 XY");
    assertThat(browser.postForm(doPath + "/ship", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get(doPath).body()).contains("Dalam Perjalanan");
    assertThat(browser.postForm(doPath + "/deliver", Map.of("date", "1999-01-01")).statusCode()).isEqualTo(400);
    assertThat(browser.postForm(doPath + "/deliver", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get("/factory/sales-orders/" + no).body()).contains("Selesai");
    var list = browser.get("/factory/deliveries?q=" + no);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(doPath.substring(doPath.lastIndexOf('/') + 1));
  }

  @Test
  void downloadsAreSpreadsheetAndPdf() {
    var no = pending(1);
    HttpResponse<String> xlsx = browser.get("/factory/sales-orders/export.xlsx?q=" + customer);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    var pdf = browser.get("/factory/sales-orders/" + no + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_key = :k").param("k", no)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(Http.browser(port, "jane.smith", Http.DEMO_PASSWORD).get("/factory/sales-orders/" + no + ".pdf")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aDraftIsEditedOnItsOwnFormAndOnlyWhileDraft() {
    var no = create(sales, order(customer, wh, List.of(line(item, 1))));
    var form = browser.get("/factory/sales-orders/" + no + "/edit");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("/factory/sales-orders/" + no + "/edit").contains("value=\"1\"");
    var fields = new LinkedHashMap<String, String>();
    fields.put("customer", customer);
    fields.put("warehouse", wh);
    fields.put("item", item);
    fields.put("qty", "5");
    var saved = browser.postForm("/factory/sales-orders/" + no + "/edit", fields);
    assertThat(saved.statusCode()).isEqualTo(302);
    // 5 × 65.000 = 325.000 + PPN 35.750
    assertThat(browser.get("/factory/sales-orders/" + no).body()).contains("Rp360.750").contains("so-edit");
    action(sales, no, "submit", null);
    assertThat(browser.postForm("/factory/sales-orders/" + no + "/edit", fields).statusCode()).isEqualTo(409);
    assertThat(browser.get("/factory/sales-orders/" + no + "/edit").statusCode()).isEqualTo(302);
  }
}
