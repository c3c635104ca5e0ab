package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.kelola.events.Events;
import io.kelola.identity.domain.SessionService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The browser runtime reacting to live events, and form drafts surviving a reload. */
@IntegrationTest
class LiveUpdatesBrowserTest extends BrowserTestBase {

  private static final Locale ID = Locale.forLanguageTag("id");

  @Autowired Events events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MessageSource messages;
  @Autowired SessionService sessions;

  @Test
  void aManagerSeesAnEventAsToastBadgeFeedHighlightAndRefresh() {
    var page = browser.signedIn("sari.manager", Http.DEMO_PASSWORD);
    page.navigate("/");
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    assertThat(page.locator("#live-status")).hasText(messages.getMessage("live.status.connected", null, ID));
    assertThat(page.locator("#live-activity-count")).isHidden();

    // elements a SARI page would render: one re-fetched on qc.job.* events, one row for the resource
    var job = "QC-" + UUID.randomUUID();
    page.evaluate("job => {"
        + "const box = document.createElement('div'); box.id = 'qc-list';"
        + "box.setAttribute('data-live-subjects', 'lot.> qc.job.*'); box.setAttribute('hx-get', '/auth/heartbeat?probe=qc');"
        + "box.setAttribute('hx-trigger', 'kelola:refresh'); box.setAttribute('hx-swap', 'none');"
        + "const other = document.createElement('div'); other.id = 'dispatch-list';"
        + "other.setAttribute('data-live-subjects', 'dispatch.>'); other.setAttribute('hx-get', '/auth/heartbeat?probe=dispatch');"
        + "other.setAttribute('hx-trigger', 'kelola:refresh'); other.setAttribute('hx-swap', 'none');"
        + "const row = document.createElement('div'); row.setAttribute('data-resource-id', job);"
        + "document.querySelector('main').append(box, other, row); htmx.process(box); htmx.process(other); }", job);
    var qcFetches = new AtomicInteger();
    var dispatchFetches = new AtomicInteger();
    page.onRequest(r -> {
      if (r.url().contains("probe=qc")) qcFetches.incrementAndGet();
      if (r.url().contains("probe=dispatch")) dispatchFetches.incrementAndGet();
    });

    publish("qc.job.created", job);

    var expected = messages.getMessage("live.event.qc.job.created", new Object[] {job}, ID);
    assertThat(page.locator("#toasts .toast")).containsText(expected);
    assertThat(page.locator("#live-activity-count")).hasText("1");
    assertThat(page.locator("#live-feed li").first()).hasText(expected);
    assertThat(page.locator("#live-activity-empty")).isHidden();
    assertThat(page.locator("[data-resource-id='" + job + "']")).hasClass("live-highlight");
    page.waitForCondition(() -> qcFetches.get() == 1);
    assertThat(dispatchFetches.get()).isZero();
    assertThat(page.evaluate("Kelola.live.lastEventId()")).isNotNull();

    publish("lot.created", "LOT-" + UUID.randomUUID());
    assertThat(page.locator("#live-activity-count")).hasText("2");
    page.waitForCondition(() -> qcFetches.get() == 2);
    assertThat(dispatchFetches.get()).isZero();
  }

  @Test
  void aStreamEndedForAnExpiredSessionAsksThePersonToSignInAgainOnThePage() {
    var page = browser.signedIn("sari.manager", Http.DEMO_PASSWORD);
    page.navigate("/");
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    var cookie = page.context().cookies().stream().filter(c -> c.name.equals("KELOLA_SESSION")).findFirst().orElseThrow();
    var session = sessions.byBrowserToken(cookie.value).orElseThrow().sessionUuid();
    sessions.revoke(session, "test");

    publish("lot.created", "LOT-" + UUID.randomUUID()); // the stream re-checks its session before this event
    assertThat(page.locator("#session-expired")).isVisible(); // recovery tier 3, without leaving the page
    assertThat(page.url()).doesNotContain("/login");
  }

  @Test
  void subjectPatternsMatchLikeTheServer() {
    var page = browser.signedIn("sari.manager", Http.DEMO_PASSWORD);
    Map<String, Boolean> cases = Map.of(
        "qc.job.*|qc.job.created", true, "qc.job.*|qc.job", false, "qc.>|qc.job.created", true,
        "qc.>|qc", false, ">|audit.log_created", true, "lot.created|lot.created", true,
        "lot.*|lot.created.extra", false, "*.created|dispatch.created", true);
    cases.forEach((c, expected) -> {
      var parts = c.split("\\|");
      assertThat(page.evaluate("([p, s]) => Kelola.live.matches(p, s)", new String[] {parts[0], parts[1]}))
          .as(c).isEqualTo(expected);
    });
  }

  @Test
  void aNewUserDraftSurvivesAReloadButNotItsPasswordAndIsClearedOnSubmit() {
    var name = "draft.user" + UUID.randomUUID().toString().substring(0, 8);
    var admin = browser.signedIn("admin", Http.DEMO_PASSWORD);
    admin.navigate("/admin/users/new");
    admin.fill("#username", name);
    admin.fill("#email", name + "@bengkel.local");
    admin.selectOption("#role", "CASHIER");
    admin.fill("#password", "Rahasia-Draft-2026");
    admin.waitForCondition(() -> String.valueOf(admin.evaluate("localStorage.getItem('kelola.draft.user-new')")).contains("CASHIER"));

    admin.reload();
    assertThat(admin.locator("#username")).hasValue(name);
    assertThat(admin.locator("#email")).hasValue(name + "@bengkel.local");
    assertThat(admin.locator("#role")).hasValue("CASHIER");
    assertThat(admin.locator("#password")).hasValue("");
    assertThat(String.valueOf(admin.evaluate("localStorage.getItem('kelola.draft.user-new')"))).doesNotContain("Rahasia");

    admin.fill("#password", "pendek"); // refused by the policy: the form comes back with the server's values
    admin.click("#user-submit");
    assertThat(admin.locator("#form-error")).isVisible();
    assertThat(admin.evaluate("localStorage.getItem('kelola.draft.user-new')")).isNull();
    assertThat(admin.locator("#username")).hasValue(name);
  }

  private void publish(String subject, String resource) {
    new TransactionTemplate(transactions).executeWithoutResult(s ->
        events.publish(subject, resource, null, null));
  }

  @SuppressWarnings("unused")
  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/" + name + ".png")));
  }
}
