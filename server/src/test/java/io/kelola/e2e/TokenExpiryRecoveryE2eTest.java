package io.kelola.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A live page outlives its session: the server runs with sessions and access tokens that expire
 * within seconds (scripts/e2e-token-refresh.sh). The stream notices the expiry, the page asks to
 * sign in again in a popup, and afterwards the half-typed draft is still there and every event
 * published during the outage arrives (Last-Event-ID replay). The producer, an API client, outlives
 * its own access token through the refresh flow.
 */
@Tag("e2e")
class TokenExpiryRecoveryE2eTest {

  static final int OUTAGE_EVENTS = 3;
  static final double EXPIRY_WAIT_MS = 90_000; // the session's few seconds plus recovery tiers 1 and 2

  @Test
  void aLivePageSurvivesSessionExpiryWithItsDraftAndWithoutMissedEvents() {
    var base = E2eTarget.url();
    var run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var gudang = ApiClient.signIn(base, "sari.gudang");
    var qc = ApiClient.signIn(base, "qc.supervisor");
    var lot = gudang.post("/api/v1/inventory/lots", Map.of("item", "EXT-001", "lotNo", "E2E-TTL-" + run,
        "expDate", LocalDate.now().plusYears(1).toString())).get("uuid").asString();

    try (var chromium = new Chromium()) {
      var page = chromium.signedIn(base, "sari.admin");
      page.navigate("/admin/users/new");
      page.evaluate("() => { window.__sameDocument = true; window.__live = [];"
          + " document.addEventListener('kelola:live', e => window.__live.push(e.detail.payload && e.detail.payload.note)); }");
      assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");

      // one event before the outage: the page has a Last-Event-ID to resume from
      var before = status(qc, lot, "ON_HOLD");
      page.waitForCondition(() -> live(page).contains(before));

      var name = "ttl.user" + run.toLowerCase();
      page.fill("#username", name);
      page.fill("#email", name + "@sari.local");
      page.waitForCondition(() -> String.valueOf(page.evaluate("localStorage.getItem('kelola.draft.user-new')"))
          .contains(name + "@sari.local"));

      // the session expires: the stream ends with session_expired, tiers 1 and 2 fail, the modal asks
      assertThat(page.locator("#session-expired")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EXPIRY_WAIT_MS));
      assertThat(page.locator("#live-status")).hasAttribute("data-state", "offline");

      // meanwhile work goes on: events the page cannot receive now; the producer's access token has expired too
      var refreshesBefore = qc.refreshes;
      var outage = new ArrayList<String>();
      for (var status : List.of("RELEASED", "ON_HOLD", "RELEASED")) outage.add(status(qc, lot, status));
      assertThat(outage).hasSize(OUTAGE_EVENTS);
      assertThat(qc.refreshes).as("the API client renewed its expired access token").isGreaterThan(refreshesBefore);
      assertThat(live(page)).doesNotContainAnyElementsOf(outage);

      var popup = page.waitForPopup(() -> page.click("#session-expired-signin"));
      popup.fill("#username", "sari.admin");
      popup.fill("#password", E2eTarget.DEMO_PASSWORD);
      popup.click("#login-submit");
      popup.waitForClose(() -> {});

      // recovered on the same page: nothing typed is lost, nothing published meanwhile is missed
      page.waitForCondition(() -> live(page).containsAll(outage));
      assertThat(page.locator("#username")).hasValue(name);
      assertThat(page.locator("#email")).hasValue(name + "@sari.local");
      assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
      assertThat(page.url()).contains("/admin/users/new");
      var received = live(page);
      assertThat(received.stream().filter(outage::contains)).as("each outage event exactly once").hasSize(OUTAGE_EVENTS);
      System.out.printf("%nE2E token expiry (run %s): recovered via the sign-in popup; draft kept; %d outage events"
          + " replayed; producer refreshed its token %d time(s)%n", run, OUTAGE_EVENTS, qc.refreshes);
    }
  }

  /** Changes the lot's QC status with a unique note; the note identifies its lot.status_changed event. */
  private static String status(ApiClient qc, String lot, String status) {
    var note = "e2e " + status + " " + UUID.randomUUID();
    qc.post("/api/v1/inventory/lots/" + lot + "/status", Map.of("status", status, "note", note));
    return note;
  }

  @SuppressWarnings("unchecked")
  private static List<String> live(Page page) {
    return (List<String>) page.evaluate("() => window.__live.slice()");
  }
}
