package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.SessionService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 000 three-tier recovery: a lost session is won back in a popup without losing the form. */
@IntegrationTest
class SessionRecoveryBrowserTest extends BrowserTestBase {

  @Autowired SessionService sessions;

  @Test
  void aRevokedSessionIsRecoveredInAPopupAndTheHalfFilledFormSurvives() {
    var name = "recover.user" + UUID.randomUUID().toString().substring(0, 8);
    var page = browser.signedIn("admin", Http.DEMO_PASSWORD);
    page.navigate("/admin/users/new");
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    page.fill("#username", name);
    page.fill("#email", name + "@bengkel.local");
    page.selectOption("#role", "CASHIER");
    var silentProbes = new AtomicInteger();
    var forcedHeartbeats = new AtomicInteger();
    page.onRequest(r -> {
      if (r.url().contains("/auth/login?silent=1")) silentProbes.incrementAndGet();
      if (r.url().contains("/auth/heartbeat?force=true")) forcedHeartbeats.incrementAndGet();
    });
    page.evaluate("() => { window.__sameDocument = true; }");

    var cookie = page.context().cookies().stream().filter(c -> c.name.equals("KELOLA_SESSION")).findFirst().orElseThrow();
    sessions.revoke(sessions.byBrowserToken(cookie.value).orElseThrow().sessionUuid(), "test");
    // the next action (an htmx request) is refused with 401: recovery starts
    page.evaluate("() => htmx.ajax('GET', '/auth/heartbeat', { target: '#toasts', swap: 'none' })");

    // tiers 1 and 2 fail (the session is really gone, no SSO): the modal asks to sign in again
    assertThat(page.locator("#session-expired")).isVisible();
    assertThat(forcedHeartbeats.get()).isPositive();
    assertThat(silentProbes.get()).isPositive();

    var popup = page.waitForPopup(() -> page.click("#session-expired-signin"));
    popup.fill("#username", "admin");
    popup.fill("#password", Http.DEMO_PASSWORD);
    popup.click("#login-submit");
    popup.waitForClose(() -> {});

    assertThat(page.locator("#session-expired")).isHidden();
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    assertThat(page.locator("#username")).hasValue(name);
    assertThat(page.locator("#email")).hasValue(name + "@bengkel.local");
    assertThat(page.locator("#role")).hasValue("CASHIER");
    assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
    assertThat(page.url()).contains("/admin/users/new");
    assertThat(page.evaluate("() => fetch('/auth/heartbeat').then(r => r.status)")).isEqualTo(200);
  }

  @Test
  void aMessageFromAnotherOriginDoesNotCloseTheModal() {
    var page = browser.signedIn("admin", Http.DEMO_PASSWORD);
    page.navigate("/");
    var cookie = page.context().cookies().stream().filter(c -> c.name.equals("KELOLA_SESSION")).findFirst().orElseThrow();
    sessions.revoke(sessions.byBrowserToken(cookie.value).orElseThrow().sessionUuid(), "test");
    page.evaluate("() => { window.__recovered = null; Kelola.recover().then(ok => { window.__recovered = ok; }); }");
    assertThat(page.locator("#session-expired")).isVisible();
    // a forged message: same shape, but not from this origin (dispatched with a foreign origin)
    page.evaluate("() => window.dispatchEvent(new MessageEvent('message', "
        + "{ origin: 'https://evil.example', data: { kelola: 'auth', result: 'signed-in' } }))");
    assertThat(page.locator("#session-expired")).isVisible();
    assertThat(page.evaluate("() => window.__recovered")).isNull();
    // the same message from this origin is accepted
    page.evaluate("() => window.postMessage({ kelola: 'auth', result: 'signed-in' }, location.origin)");
    assertThat(page.locator("#session-expired")).isHidden();
    page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => window.__recovered")));
  }
}
