package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin console as an administrator uses it, in a real browser. */
@IntegrationTest
class AdminConsoleBrowserTest extends BrowserTestBase {


  @Test
  void adminCreatesAUserWhoCanThenSignIn() {
    var name = "kasir.baru" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    var admin = browser.signedIn("admin", Http.DEMO_PASSWORD);
    admin.click("[data-menu=MENU_ADMIN_USER]");
    assertThat(admin.locator("#users-table")).isVisible();
    shot(admin, "users-list");
    admin.navigate("/admin/users/new");

    // a weak password is refused inline and the typed values stay
    admin.fill("#username", name);
    admin.fill("#email", name + "@bengkel.local");
    admin.fill("#fullName", "Kasir Baru");
    admin.selectOption("#role", "CASHIER");
    admin.fill("#password", "pendek");
    admin.click("#user-submit");
    assertThat(admin.locator("#form-error")).isVisible();
    assertThat(admin.locator("#username")).hasValue(name);
    assertThat(admin.locator("#email")).hasValue(name + "@bengkel.local");
    shot(admin, "user-new-error");

    admin.fill("#password", "Sandi-Kasir-Baru-2026");
    admin.click("#user-submit");
    assertThat(admin.locator("#flash")).isVisible();

    var cashier = browser.signedIn(name, "Sandi-Kasir-Baru-2026");
    assertThat(cashier.locator("#user-badge")).containsText("Kasir Baru");
    assertThat(cashier.locator("[data-menu=MENU_ADMIN_USER]")).hasCount(0);
  }

  @Test
  void adminConsolePagesRenderForTheAdmin() {
    var admin = browser.signedIn("admin", Http.DEMO_PASSWORD);
    for (var page : new String[] {"roles", "menus", "sessions", "audit"}) {
      admin.navigate("/admin/" + page);
      assertThat(admin.locator("h1, .page-title").first()).isVisible();
      shot(admin, "admin-" + page);
    }
  }

  @Test
  void swaggerUiShowsTheApiToASignedInUser() {
    var page = browser.signedIn("operator1", Http.DEMO_PASSWORD);
    page.navigate("/swagger-ui.html");
    assertThat(page.locator("section.swagger-ui")).isVisible();
    // the UI fetches and renders the whole API description first, which takes a while on a busy machine
    assertThat(page.getByText("/api/v1/menus").first())
        .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
  }

  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
  }
}
