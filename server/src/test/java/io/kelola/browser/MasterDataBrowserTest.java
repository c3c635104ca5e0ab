package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Master data pages as an administrator uses them, in a real browser. */
@IntegrationTest
class MasterDataBrowserTest extends BrowserTestBase {

  @Test
  void adminCreatesACustomerAfterAnInlineErrorAndFindsItBySearch() {
    var code = "CUST-B" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    var admin = browser.signedIn("admin", Http.DEMO_PASSWORD);
    admin.navigate("/master/customers");
    assertThat(admin.locator("#master-table")).isVisible();
    admin.click("#master-new");

    admin.fill("#code", code);
    admin.fill("#name", "PT Peramban Sejahtera");
    admin.fill("#creditLimit", "-5");
    admin.click("#master-submit");
    assertThat(admin.locator("#form-error")).isVisible();
    assertThat(admin.locator("[data-field-error=creditLimit]")).isVisible();
    assertThat(admin.locator("#code")).hasValue(code);

    admin.fill("#creditLimit", "75000000");
    admin.click("#master-submit");
    assertThat(admin.locator("#master-done")).isVisible();

    admin.navigate("/master/customers");
    admin.fill("#master-q", code);
    assertThat(admin.locator("#master-table tbody tr")).hasCount(1);
    assertThat(admin.locator("#master-table tr[data-code=" + code + "]")).containsText("Rp75.000.000");
  }
}
