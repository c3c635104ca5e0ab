package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.TestUsers;
import io.kelola.identity.domain.UserService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser signs in as different people and sees what each may see. */
@IntegrationTest
class SignInBrowserTest extends BrowserTestBase {


  @LocalServerPort int port;
  @Autowired UserService users;

  @Test
  void adminAndOperatorSeeDifferentMenus() {
    var admin = browser.signedIn("admin", Http.DEMO_PASSWORD);
    assertThat(admin.locator("[data-menu=MENU_ADMIN_USER]")).isVisible();
    assertThat(admin.locator("[data-menu=MENU_ADMIN_AUDIT]")).isVisible();
    admin.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-admin.png")));

    var operator = browser.signedIn("operator1", Http.DEMO_PASSWORD);
    assertThat(operator.locator("[data-menu=MENU_DASHBOARD]")).isVisible();
    assertThat(operator.locator("[data-menu=MENU_ADMIN_USER]")).hasCount(0);
    assertThat(operator.locator("[data-menu=MENU_ADMIN]")).hasCount(0);
    assertThat(operator.locator("#user-badge")).containsText("Operator");
  }

  @Test
  void lockedOutUserSeesOnlyTheGenericMessage() {
    var name = TestUsers.create(users, "locked.ui", "OPERATOR");
    var page = browser.newPage();
    for (int i = 0; i < 5; i++) {
      page.navigate("/login");
      page.fill("#username", name);
      page.fill("#password", "salah-sandi-" + i);
      page.click("#login-submit");
      assertThat(page.locator("#login-error")).isVisible();
    }
    var wrongPasswordText = page.locator("#login-error").innerText();
    page.navigate("/login");
    page.fill("#username", name);
    page.fill("#password", TestUsers.PASSWORD);
    page.click("#login-submit");
    assertThat(page.locator("#login-error")).hasText(wrongPasswordText);
    assertThat(page.locator("#username")).hasValue(name);
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
  }

  @Test
  void languageSwitchChangesThePageLanguage() {
    var page = browser.newPage();
    page.navigate("/login");
    assertThat(page.locator("#login-submit")).hasText("Masuk");
    assertThat(page.locator("html")).hasAttribute("lang", "id");
    page.click("#lang-switch");
    assertThat(page.locator("#login-submit")).hasText("Sign in");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    page.navigate("/login");
    assertThat(page.locator("#login-submit")).hasText("Sign in"); // the choice is remembered
  }

  @Test
  void signOutReturnsToTheLoginPage() {
    var page = browser.signedIn("auditor", Http.DEMO_PASSWORD);
    page.click("#logout");
    page.waitForURL(url -> url.contains("/login"));
    page.navigate("/");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=.*"));
  }

  @Test
  void pagesCarryNoConsoleErrors() {
    var page = browser.newPage();
    var errors = new java.util.ArrayList<String>();
    page.onConsoleMessage(m -> { if ("error".equals(m.type())) errors.add(m.text()); });
    page.navigate("/login");
    page.fill("#username", "admin");
    page.fill("#password", Http.DEMO_PASSWORD);
    page.click("#login-submit");
    page.waitForURL(url -> !url.contains("/login"));
    assertThat(errors).isEmpty();
  }
}
