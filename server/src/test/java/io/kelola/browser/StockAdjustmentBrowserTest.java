package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A warehouse clerk corrects a stock count on the adjustment page and sees it in the stock list, in a real browser. */
@IntegrationTest
class StockAdjustmentBrowserTest extends BrowserTestBase {

  @Autowired JdbcClient jdbc;

  @Test
  void clerkFixesAMistakeInlineThenSavesTheCount() {
    var suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    var item = "T-BRW-" + suffix;
    var wh = "T-WHB-" + suffix;
    jdbc.sql("INSERT INTO m_item (code, name, category, uom) VALUES (:c, :c, 'Part', 'PCS')").param("c", item).update();
    jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:c, :c)").param("c", wh).update();

    var clerk = browser.signedIn("gudang1", Http.DEMO_PASSWORD);
    clerk.navigate("/inventory/adjustments/new");
    clerk.fill("#item", item);
    clerk.fill("#warehouse", "GUDANG-SALAH");
    clerk.fill("#qty", "12");
    clerk.selectOption("#reason", "FOUND");
    clerk.click("#adjust-submit");
    assertThat(clerk.locator("#form-error")).isVisible();
    assertThat(clerk.locator("#warehouse-error")).isVisible();
    assertThat(clerk.locator("#item")).hasValue(item);

    clerk.fill("#warehouse", wh);
    clerk.click("#adjust-submit");
    clerk.waitForURL("**/inventory/stock?q=" + item + "&wh=" + wh + "&done=adjusted");
    assertThat(clerk.locator("#flash")).isVisible();
    var row = clerk.locator("#stock-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(item));
    assertThat(row).hasCount(1);
    assertThat(row).containsText(wh);
    assertThat(row).containsText("12");
    var onHand = jdbc.sql("""
            SELECT b.qty_on_hand FROM t_inv b JOIN m_item i ON i.id = b.item_id WHERE i.code = :i""")
        .param("i", item).query(java.math.BigDecimal.class).single();
    org.assertj.core.api.Assertions.assertThat(onHand).isEqualByComparingTo("12");
  }
}
