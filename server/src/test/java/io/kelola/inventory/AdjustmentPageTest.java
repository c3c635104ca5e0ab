package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stock adjustment page: inline errors on refusal, redirect to the item's stock on success. */
@IntegrationTest
class AdjustmentPageTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;

  @Test
  void countedQuantityAdjustsAndRedirectsToTheItemsStock() {
    var m = new Masters(jdbc);
    var item = m.item();
    var wh = m.warehouse();
    ledger.receive(StockLedgerTest.receipt(item, wh, null, "10"));
    var browser = Http.browser(port, "gudang1", Http.DEMO_PASSWORD);
    var page = browser.get("/inventory/adjustments/new");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"adjust-form\"");

    var fields = new HashMap<>(Map.of("item", item, "warehouse", wh, "mode", "counted", "qty", "7,5",
        "reason", "COUNT", "note", "opname"));
    var done = browser.postForm("/inventory/adjustments/new", fields);
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow())
        .endsWith("/inventory/stock?q=" + item + "&wh=" + wh + "&done=adjusted");
    assertThat(m.balance(item, wh, null, null)[0]).isEqualByComparingTo("7.5");

    browser.get("/inventory/adjustments/new");
    fields.put("mode", "delta");
    fields.put("qty", "-20");
    var refused = browser.postForm("/inventory/adjustments/new", fields);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("data-field-error=\"qty\"").contains("value=\"-20\"");

    browser.get("/inventory/adjustments/new");
    fields.put("qty", "banyak");
    fields.put("warehouse", "NOPE");
    var invalid = browser.postForm("/inventory/adjustments/new", fields);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("data-field-error=\"qty\"");
    assertThat(m.balance(item, wh, null, null)[0]).isEqualByComparingTo("7.5");
  }

  @Test
  void onlyAdjustersSeeThePage() {
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/inventory/adjustments/new").statusCode())
        .isEqualTo(403);
    assertThat(Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD).get("/inventory/adjustments/new").statusCode())
        .isEqualTo(403);
  }
}
