package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.kelola.extracts.SariWarehouseFixtures;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warehouse staff at a tablet: choosing a slot (kept as a draft over a reload, a refused slot told
 * in the lot's form), and the dispatch list and dashboard following events without a reload.
 */
@IntegrationTest
class SariWarehouseBrowserTest extends BrowserTestBase {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  SariWarehouseFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new SariWarehouseFixtures(port, jdbc);
    fx.plainSpec();
  }

  @Test
  void theChosenSlotSurvivesAReloadARefusedOneIsExplainedAndAFittingOneIsTaken() {
    var lot = fx.releasedLot("5");
    var warm = fx.slot("15", "25", "1000");
    var cold = fx.slot("2", "8", "1000");
    var page = browser.signedIn("sari.gudang", Http.DEMO_PASSWORD);
    page.navigate("/sari/slots");
    var form = page.locator("#assign-" + lot);
    assertThat(form.locator("[data-suggestion='" + warm + "'] [data-fits='false']")).isVisible();
    assertThat(form.locator("[data-suggestion='" + cold + "'] [data-fits='true']")).isVisible();

    form.locator("input[value='" + warm + "']").check();
    page.waitForTimeout(800); // drafts are written 500 ms after the last change
    page.reload();
    assertThat(page.locator("#assign-" + lot + " input[value='" + warm + "']")).isChecked();

    page.locator("#assign-submit-" + lot).click();
    assertThat(page.locator("#form-error")).isVisible();
    assertThat(page.locator("#assign-" + lot + " [data-field-error='location']")).containsText(warm);
    assertThat(page.locator("#assign-" + lot + " input[value='" + warm + "']")).isChecked();

    page.locator("#assign-" + lot + " input[value='" + cold + "']").check();
    page.locator("#assign-submit-" + lot).click();
    assertThat(page.locator("#flash")).containsText(lot);
    assertThat(page.locator("[data-slot='" + cold + "'] [data-resource-id='" + lot + "']")).isVisible();
    assertThat(page.locator("#assign-" + lot)).hasCount(0);
    org.assertj.core.api.Assertions.assertThat(page.evaluate("localStorage.getItem('kelola.draft.sari-slot-" + lot + "')"))
        .isNull();
  }

  @Test
  void aDispatchMadeElsewhereAppearsAndMovesOnTheOpenPage() {
    var lot = fx.readyLot("8");
    var page = browser.signedIn("sari.gudang", Http.DEMO_PASSWORD);
    page.navigate("/sari/dispatches");
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");

    var api = Http.api(port, "sari.gudang", Http.DEMO_PASSWORD);
    var created = api.postJson("/api/v1/sari/dispatches", Map.of("lot", lot, "destination", "PRODUCTION", "qty", 3,
        "tempC", 4));
    org.assertj.core.api.Assertions.assertThat(created.statusCode()).isEqualTo(201);
    var no = Http.json(created).get("dispatchNo").asString();
    var row = page.locator("#dispatch-list tr[data-dispatch='" + no + "']");
    assertThat(row).isVisible();
    assertThat(row.locator("[data-reading='ok']")).isVisible();
    assertThat(page.locator("#dispatch-live-count")).isVisible();

    // on the page itself: in transit at a temperature outside the material's range
    row.locator("summary").click();
    row.locator("select[name='status']").selectOption("IN_TRANSIT");
    row.locator("input[name='tempC']").first().fill("15");
    row.locator("form[data-form='status'] button").click();
    assertThat(page.locator("#flash")).containsText(no);
    var moved = page.locator("#dispatch-list tr[data-dispatch='" + no + "']");
    assertThat(moved).hasAttribute("data-status", "IN_TRANSIT");
    assertThat(moved.locator("[data-excursion='true']")).isVisible();
    assertThat(moved.locator("[data-reading='out']")).isVisible();
  }

  @Test
  void theDashboardRefreshesWhenALotIsTakenIn() {
    var page = browser.signedIn("sari.manager", Http.DEMO_PASSWORD);
    page.navigate("/sari/dashboard");
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    assertThat(page.locator("#intake-chart")).isVisible();
    // the total over all stages: the new lot counts whether or not the AI has looked at it yet
    var before = page.locator("#stages-title").textContent();
    fx.intake("2");
    assertThat(page.locator("#stages-title")).not().hasText(before);
  }
}
