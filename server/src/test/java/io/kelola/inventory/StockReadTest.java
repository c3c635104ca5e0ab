package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Stock on hand: status rules, filters, sort, paging, summary vs detail, exports and who may see them. */
@IntegrationTest
class StockReadTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Three items in one warehouse: OK, Low (available under reorder point), Oversold (legacy import). */
  private InventoryFixtures threeStatuses() {
    var fx = new InventoryFixtures(jdbc);
    var wh = fx.warehouse("WH");
    fx.balance(fx.item("OK", "Component", "pcs", "100"), wh, null, null, "850", "0");
    fx.balance(fx.item("LOW", "Finished Goods", "pcs", "250"), wh, null, null, "320", "100");
    // reserved > on hand: only an imported balance can look like this (ADR 0009)
    fx.balance(fx.item("OVER", "Finished Goods", "pcs", "0"), wh, null, null, "1800", "2000");
    return fx;
  }

  private static List<String> column(JsonNode page, String field) {
    var out = new ArrayList<String>();
    page.get("items").forEach(r -> out.add(r.get(field).asString()));
    return out;
  }

  @Test
  void statusIsOkLowOrOversold() {
    var fx = threeStatuses();
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var page = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&sort=item"));
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(column(page, "itemCode")).containsExactly(fx.prefix + "-LOW", fx.prefix + "-OK", fx.prefix + "-OVER");
    assertThat(column(page, "status")).containsExactly("LOW", "OK", "OVERSOLD");
    var over = page.get("items").get(2);
    assertThat(over.get("available").decimalValue()).isEqualByComparingTo("-200");
    assertThat(over.get("onHand").decimalValue()).isEqualByComparingTo("1800");
    assertThat(page.get("items").get(0).get("available").decimalValue()).isEqualByComparingTo("220");
  }

  @Test
  void filtersSortAndPaging() {
    var fx = threeStatuses();
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var first = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&sort=available&dir=desc&size=2"));
    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(column(first, "itemCode")).containsExactly(fx.prefix + "-OK", fx.prefix + "-LOW");
    var second = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&sort=available&dir=desc&size=2&page=2"));
    assertThat(column(second, "itemCode")).containsExactly(fx.prefix + "-OVER");

    assertThat(column(Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&status=low")), "itemCode"))
        .containsExactly(fx.prefix + "-LOW");
    assertThat(column(Http.json(api.get("/api/v1/inventory/stock?wh=" + fx.prefix + "-WH&category=Component")), "itemCode"))
        .containsExactly(fx.prefix + "-OK");
    assertThat(Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix.toLowerCase() + "-ok")).get("total").asLong())
        .as("search ignores case").isEqualTo(1);
  }

  @Test
  void summaryAddsUpLocationsAndLotsPerItemAndWarehouse() {
    var fx = new InventoryFixtures(jdbc);
    var wh = fx.warehouse("WH");
    var other = fx.warehouse("WH2");
    var a = fx.location(wh, "A-01");
    var b = fx.location(wh, "B-01");
    var item = fx.item("KIT", "Finished Goods", "kg", "150");
    var lot1 = fx.lot(item, "L1", "RELEASED", null);
    var lot2 = fx.lot(item, "L2", "QUARANTINE", null);
    fx.balance(item, wh, a, lot1, "100", "10");
    fx.balance(item, wh, b, lot1, "50", "0");
    fx.balance(item, wh, b, lot2, "30.5", "5");
    fx.balance(item, other, null, lot2, "0", "0");
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);

    var detail = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&sort=loc"));
    assertThat(detail.get("total").asLong()).isEqualTo(4);
    var hidden = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&hideZero=true"));
    assertThat(hidden.get("total").asLong()).as("the empty balance is hidden").isEqualTo(3);

    var summary = Http.json(api.get("/api/v1/inventory/stock?q=" + fx.prefix + "&view=summary&hideZero=true"));
    assertThat(summary.get("total").asLong()).isEqualTo(1);
    var row = summary.get("items").get(0);
    assertThat(row.get("whCode").asString()).isEqualTo(fx.prefix + "-WH");
    assertThat(row.get("onHand").decimalValue()).isEqualByComparingTo("180.5");
    assertThat(row.get("reserved").decimalValue()).isEqualByComparingTo("15");
    assertThat(row.get("available").decimalValue()).isEqualByComparingTo("165.5");
    assertThat(row.get("status").asString()).isEqualTo("OK");
    assertThat(row.get("locCode").isNull()).isTrue();

    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/stock?q=" + fx.prefix + "&view=summary&hideZero=true");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("180,5 kg", "165,5 kg", "data-live-subjects=\"inventory.> lot.status_changed\"");
  }

  @Test
  void pageShowsStatusBadgesWithWordsInBothLanguages() {
    var fx = threeStatuses();
    var browser = Http.browser(port, "gudang1", Http.DEMO_PASSWORD);
    var id = browser.get("/inventory/stock?q=" + fx.prefix);
    assertThat(id.body()).contains("data-stock-status=\"OVERSOLD\"", "Kelebihan pesanan", "Menipis", "Aman", "1.800 pcs", "-200 pcs");
    var en = browser.get("/inventory/stock?q=" + fx.prefix + "&lang=en");
    assertThat(en.body()).contains("Oversold", "Low");
    var table = browser.send(browser.request("/inventory/stock?q=" + fx.prefix).header("HX-Request", "true").GET().build());
    assertThat(table.body().strip()).startsWith("<div id=\"stock-table\"").doesNotContain("<html");
    var sorted = browser.send(browser.request("/inventory/stock?q=" + fx.prefix + "&sort=available&dir=desc")
        .header("HX-Request", "true").GET().build());
    assertThat(sorted.body()).as("the sort state in the filter form follows the table")
        .contains("id=\"stock-sort-state\" hx-swap-oob=\"true\"", "name=\"sort\" value=\"available\"", "name=\"dir\" value=\"desc\"");
  }

  @Test
  void xlsxAndCsvExportsKeepTheFiltersAndAreAudited() throws IOException {
    var fx = threeStatuses();
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var res = Downloads.get(api, "/inventory/stock/export?format=xlsx&sort=item&q=" + fx.prefix);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Disposition").orElse("")).contains("stock-", ".xlsx");
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(res.body()))) {
      var rows = wb.getFirstSheet().read();
      assertThat(rows).hasSize(4);
      assertThat(rows.getFirst().getCellText(0)).isEqualTo("Barang");
      assertThat(rows.get(1).getCellText(0)).isEqualTo(fx.prefix + "-LOW");
      assertThat(rows.get(3).getCellText(0)).isEqualTo(fx.prefix + "-OVER");
      assertThat(rows.get(3).getCellAsNumber(11).orElseThrow()).isEqualByComparingTo("-200");
      assertThat(rows.get(3).getCellText(12)).isEqualTo("Kelebihan pesanan");
    }
    var csv = Downloads.get(api, "/inventory/stock/export?format=csv&status=OVERSOLD&q=" + fx.prefix);
    var text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text.lines().toList()).hasSize(2);
    assertThat(text).contains(fx.prefix + "-OVER", "-200");
    var audited = jdbc.sql("""
        SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 't_inv' AND username = 'gudang1'
          AND new_value LIKE :q""").param("q", "%" + fx.prefix + "%").query(Long.class).single();
    assertThat(audited).isEqualTo(2);
  }

  @Test
  void readersMayReadButNotExport() {
    var mechanic = Http.api(port, "mekanik1", Http.DEMO_PASSWORD);
    assertThat(mechanic.get("/api/v1/inventory/stock").statusCode()).isEqualTo(200);
    assertThat(mechanic.get("/inventory/stock/export?format=xlsx").statusCode()).isEqualTo(403);
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.get("/api/v1/inventory/stock").statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/inventory/stock").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/v1/inventory/stock").statusCode()).isEqualTo(401);
    var page = Http.anonymous(port).get("/inventory/stock");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
  }

  @Test
  void badFiltersAre400ProblemsNeverServerErrors() {
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    for (var query : List.of("size=500", "size=0", "page=abc", "status=BAGUS", "category=Makanan", "wh=%27%3B--",
        "hideZero=mungkin", "view=grafik", "q=" + "x".repeat(101))) {
      var res = api.get("/api/v1/inventory/stock?" + query);
      assertThat(res.statusCode()).as(query).isEqualTo(400);
      assertThat(res.headers().firstValue("Content-Type").orElse("")).as(query).contains("application/problem+json");
    }
    assertThat(api.get("/inventory/stock/export?format=pdf").statusCode()).isEqualTo(400);
    assertThat(api.get("/inventory/stock/export?format=xlsx&status=BAGUS").statusCode()).isEqualTo(400);
    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/stock?status=BAGUS");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("id=\"error-message\"");
  }
}
