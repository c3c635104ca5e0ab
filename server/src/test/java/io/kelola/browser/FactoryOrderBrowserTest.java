package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 002 in real browsers: a sales staff member types an order and submits it; the sales manager,
 * watching the approvals inbox, the stock page and the dashboard, sees the order arrive live,
 * approves it in the inbox, and watches the reservation and the dashboard follow without reloading.
 */
@IntegrationTest
class FactoryOrderBrowserTest extends BrowserTestBase {

  private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;

  private Page watching(String user, String path) {
    var page = browser.signedIn(user, Http.DEMO_PASSWORD);
    page.navigate(path);
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    return page;
  }

  @Test
  void staffOrdersManagerApprovesInTheInboxAndStockAndDashboardFollowLive() {
    // codes sort first so the form's item and customer lists surely hold them
    var suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
    var item = "A0-BRW-" + suffix;
    var customer = "A0-CUS-" + suffix;
    jdbc.sql("INSERT INTO m_cust (code, name, credit_lim) VALUES (:c, :n, 1000000000)")
        .param("c", customer).param("n", "PT Browser " + suffix).update();
    jdbc.sql("INSERT INTO m_item (code, name, category, uom, sell_price) VALUES (:c, :n, 'Finished Goods', 'PCS', 65000)")
        .param("c", item).param("n", "Widget Browser " + suffix).update();
    ledger.receive(new Receipt(item, "WH-B1", null, BigDecimal.valueOf(40), null, null, null, null, null, null, null,
        null, "TEST", "BROWSER"));

    var inbox = watching("john.doe", "/factory/approvals");
    var stock = watching("john.doe", "/inventory/stock?q=" + item);
    var dashboard = watching("john.doe", "/factory/dashboard");
    var reserved = stock.locator("tr[data-item='" + item + "'] [data-col=reserved]");
    assertThat(reserved).hasText("0 PCS");
    var pendingCard = dashboard.locator("[data-col=pending_orders]");
    int pendingBefore = Integer.parseInt(pendingCard.textContent().strip());

    // 1. the sales staff types the order on the tablet form and submits it
    var staff = browser.signedIn("sales1", Http.DEMO_PASSWORD);
    staff.navigate("/factory/sales-orders/new");
    staff.selectOption("#customer", customer);
    var line = staff.locator("tr[data-so-line]").first();
    line.locator("select[data-so-item]").selectOption(item);
    line.locator("input[data-so-qty]").fill("15");
    staff.click("#so-save");
    staff.waitForURL("**/factory/sales-orders/SO-*");
    var soNo = staff.locator("#so-no").textContent().strip().split("\\s+")[0];
    assertThat(staff.locator("#so-grand")).containsText("Rp");
    staff.click("#so-submit");
    assertThat(staff.locator("#so-no")).containsText(soNo);

    // 2. it arrives live in the manager's inbox; the dashboard counts it as waiting
    var row = inbox.locator("tr[data-doc='" + soNo + "']");
    assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(pendingCard).hasText(String.valueOf(pendingBefore + 1), LIVE);

    // 3. approved in the inbox: the row leaves, stock is reserved and the dashboard follows, all live
    row.locator("form[data-form=approve] button[type=submit]").click();
    inbox.waitForURL("**/factory/approvals**");
    assertThat(inbox.locator("tr[data-doc='" + soNo + "']")).hasCount(0);
    assertThat(reserved).hasText("15 PCS", LIVE);
    assertThat(pendingCard).hasText(String.valueOf(pendingBefore), LIVE);
    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT status FROM t_so WHERE so_no = :n").param("n", soNo)
        .query(String.class).single()).isEqualTo("Approved");
  }
}
