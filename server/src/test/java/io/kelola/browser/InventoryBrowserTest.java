package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.kelola.inventory.InventoryFixtures;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stock and lot trace pages as a warehouse clerk uses them on a tablet. */
@IntegrationTest
class InventoryBrowserTest extends BrowserTestBase {

  @Autowired JdbcClient jdbc;

  @Test
  void traceGraphShowsTheGenealogyAndItsBoxesOpenThoseLots() {
    var fx = new InventoryFixtures(jdbc);
    var raw = fx.item("RAW", "Raw Material", "kg", "0");
    var fg = fx.item("FG", "Finished Goods", "pcs", "0");
    var wh = fx.warehouse("WH");
    var input = fx.lot(raw, "IN1", "RELEASED", null);
    var middle = fx.lot(fg, "MID", "QUARANTINE", null);
    var output = fx.lot(fg, "OUT1", "REJECTED", null);
    fx.link(input, middle, "12.5");
    fx.link(middle, output, "40");
    var customer = fx.customer("CUST");
    fx.move("OUT", fg, output, wh, null, "3", "SALE", fx.prefix + "-DO", customer, Instant.parse("2026-05-01T03:00:00Z"));

    var page = browser.signedIn("gudang1", Http.DEMO_PASSWORD);
    page.navigate("/inventory/lots/" + middle.uuid());
    var graph = page.locator("#trace-graph");
    assertThat(graph).isVisible();
    assertThat(page.locator("#trace-graph .trace-node")).hasCount(4);
    assertThat(page.locator(".trace-node[data-node='" + input.lotNo() + "']")).containsText(input.lotNo());
    assertThat(page.locator(".trace-node[data-node='" + output.lotNo() + "']")).containsText("Ditolak");
    assertThat(page.locator(".trace-node[data-kind='CUSTOMER']")).containsText("Pelanggan " + customer.code());
    assertThat(page.locator("#trace-graph .trace-edge text").first()).containsText("12,5 kg");
    shot(page, "lot-trace");

    page.locator("a.trace-node[data-node='" + input.lotNo() + "']").click();
    page.waitForURL("**/inventory/lots/" + input.uuid());
    assertThat(page.locator("#lot-title")).containsText(input.lotNo());
    assertThat(page.locator(".trace-node[data-node='" + middle.lotNo() + "']")).isVisible();

    page.navigate("/inventory/lots?q=" + fx.prefix);
    assertThat(page.locator("#lots-table tbody tr")).hasCount(3);
    assertThat(page.locator("tr[data-lot='" + output.lotNo() + "'] [data-lot-status]")).containsText("Ditolak");
    shot(page, "lots");
    page.navigate("/inventory/moves?item=" + fg.code());
    assertThat(page.locator("tr[data-move] [data-move-type]")).hasText("Keluar");
    assertThat(page.locator("tr[data-move]")).containsText("Pelanggan " + customer.code());
    shot(page, "moves");
  }

  @Test
  void stockPageShowsStatusWordsAndSearchesAsYouType() {
    var fx = new InventoryFixtures(jdbc);
    var wh = fx.warehouse("WH");
    fx.balance(fx.item("MOTOR", "Finished Goods", "pcs", "0"), wh, null, null, "1800", "2000");
    fx.balance(fx.item("PLATE", "Raw Material", "pcs", "200"), wh, null, null, "150", "50");

    var page = browser.signedIn("gudang1", Http.DEMO_PASSWORD);
    page.navigate("/inventory/stock");
    page.fill("#stock-q", fx.prefix);
    assertThat(page.locator("#stock-table tbody tr")).hasCount(2);
    assertThat(page.locator("tr[data-item='" + fx.prefix + "-MOTOR'] [data-stock-status]")).hasText(
        java.util.regex.Pattern.compile("Kelebihan pesanan"));
    assertThat(page.locator("tr[data-item='" + fx.prefix + "-PLATE'] [data-stock-status]")).containsText("Menipis");
    assertThat(page.locator("tr[data-item='" + fx.prefix + "-MOTOR'] [data-col=available]")).hasText("-200 pcs");
    shot(page, "stock");

    page.fill("#stock-q", fx.prefix + "-PLATE");
    assertThat(page.locator("#stock-table tbody tr")).hasCount(1);
    assertThat(page).hasURL(java.util.regex.Pattern.compile("q=" + fx.prefix + "-PLATE"));
  }

  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
  }
}
