package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.kelola.extracts.SariFixtures;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 000 end to end in real browsers, three people at once: the operator takes a lot in on the
 * intake page, the QC supervisor signs the release on the review page after the AI, and the
 * warehouse staff puts it into a cold slot on the slot board. Each page records the live events it
 * received; each person must get exactly the subjects of their role's seed filter for this lot —
 * nothing more, nothing less.
 */
@IntegrationTest
class SariThreeUsersBrowserTest extends BrowserTestBase {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Collects every live event the page's runtime hands out, as "subject resource". */
  private static final String RECORDER = """
      window.__live = [];
      document.addEventListener('kelola:live', e => window.__live.push(e.detail.event_type + ' ' + e.detail.resource_id));
      """;

  private Page person(String user, String path) {
    var page = browser.signedIn(user, Http.DEMO_PASSWORD);
    page.addInitScript(RECORDER);
    page.navigate(path);
    assertThat(page.locator("#live-status")).hasAttribute("data-state", "connected");
    return page;
  }

  @Test
  void operatorSupervisorAndWarehouseEachSeeExactlyTheirEventsOfOneLot() {
    SariFixtures.spec(port, "DOMESTIC");
    var operator = person("sari.operator", "/sari/lots/new");
    var qc = person("qc.supervisor", "/sari/qc");
    var gudang = person("sari.gudang", "/sari/slots");

    // 1. intake on the operator's tablet
    operator.selectOption("#vendor", SariFixtures.VENDOR);
    operator.selectOption("#item", SariFixtures.ITEM);
    var today = LocalDate.now(io.kelola.shared.web.Formats.WIB);
    operator.fill("#qty", "20");
    operator.fill("#supplierLot", "SUP-3U-" + System.nanoTime() % 1_000_000);
    operator.fill("#harvestDate", today.minusDays(2).toString());
    operator.fill("#expDate", today.plusMonths(8).toString());
    operator.fill("#intakeTemp", "4");
    operator.setInputFiles("#coa", new FilePayload("coa.pdf", "application/pdf", SariFixtures.PDF));
    operator.setInputFiles("#photos", new FilePayload("a.png", "image/png",
        SariFixtures.samplePhoto(SariFixtures.GINGER, 0)));
    operator.click("#intake-submit");
    operator.waitForURL("**/sari/lots/SARI-*?done=created");
    var code = operator.locator("#lot-code").getAttribute("data-code");
    var lotUuid = jdbc.sql("SELECT inv_lot_uuid::text FROM t_sari_lot WHERE lot_code = :c").param("c", code)
        .query(String.class).single();
    operator.addInitScript(RECORDER);
    operator.navigate("/sari/my-lots"); // the intake page's own events were before its redirect

    // 2. the lot shows up live in the QC queue; the supervisor signs after the AI's verdict
    assertThat(qc.locator("#qc-queue tr[data-lot='" + code + "']")).isVisible();
    var job = SariFixtures.awaitInspected(Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD), code);
    var jobId = job.get("uuid").asString();
    var review = qc.context().newPage();
    review.navigate("/sari/qc/jobs/" + jobId);
    review.fill("#lab_" + SariFixtures.LAB_CODE, "15");
    review.check("input[name=check]");
    review.locator("label[for=decision-approve]").click();
    review.fill("#password", Http.DEMO_PASSWORD);
    review.click("#review-submit");
    review.waitForURL("**/sari/lots/" + code + "?done=approved");

    // 3. the released lot appears live on the watched slot board; staff take the best fitting slot in
    //    a second tab (a form post reloads its page, which would forget what that page recorded)
    assertThat(gudang.locator("#assign-" + code)).isVisible();
    var assign = gudang.context().newPage();
    assign.navigate("/sari/slots");
    assign.locator("#assign-" + code + " input[type=radio]").first().check();
    assign.locator("#assign-submit-" + code).click();
    assertThat(assign.locator("#assign-" + code)).hasCount(0);

    // live nav badges: the watched slot board's menu counts new lots for "Semua Lot", not for itself
    assertThat(gudang.locator("[data-nav-badge='MENU_SARI_LOTS']")).isVisible();
    assertThat(gudang.locator("[data-nav-badge='MENU_SARI_SLOTS']")).hasCount(0);

    var jobFinal = jobId;
    var expected = Map.of(
        "sari.operator", Set.of("lot.ready_for_production " + code, "warehouse.slot_assigned " + code,
            "lot.status_changed " + lotUuid),
        "qc.supervisor", Set.of("lot.created " + code, "qc.job.created " + jobFinal, aiSubject(job) + " " + jobFinal,
            "qc.job.reviewed " + jobFinal, "qc.job.approved " + jobFinal, "lot.status_changed " + lotUuid,
            "lot.ready_for_production " + code),
        "sari.gudang", Set.of("lot.created " + code, "lot.status_changed " + lotUuid, "qc.job.approved " + jobFinal,
            "warehouse.slot_assigned " + code, "lot.ready_for_production " + code));
    // the operator's page was opened after the intake and the AI verdict may have come before it:
    // what it must hold is the rest of the flow, and nothing outside the operator's filter
    var pages = Map.of("sari.operator", operator, "qc.supervisor", qc, "sari.gudang", gudang);
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> pages.forEach((user, page) ->
        org.assertj.core.api.Assertions.assertThat(received(page, code, jobFinal, lotUuid)).as(user)
            .containsAll(expected.get(user))));
    org.assertj.core.api.Assertions.assertThat(received(qc, code, jobFinal, lotUuid)).as("qc.supervisor")
        .containsExactlyInAnyOrderElementsOf(expected.get("qc.supervisor"));
    org.assertj.core.api.Assertions.assertThat(received(gudang, code, jobFinal, lotUuid)).as("sari.gudang")
        .containsExactlyInAnyOrderElementsOf(expected.get("sari.gudang"));
    org.assertj.core.api.Assertions.assertThat(received(operator, code, jobFinal, lotUuid)).as("sari.operator")
        .allMatch(e -> e.startsWith("lot.") || e.startsWith("warehouse.slot_assigned") || e.startsWith("qc.job.completed")
            || e.startsWith("qc.job.failed") || e.startsWith("dispatch."))
        .noneMatch(e -> e.startsWith("qc.job.reviewed") || e.startsWith("qc.job.approved") || e.startsWith("qc.job.created"));
  }

  private static String aiSubject(tools.jackson.databind.JsonNode job) {
    return switch (job.get("status").asString()) {
      case "COMPLETED" -> "qc.job.completed";
      case "NEEDS_REVIEW" -> "qc.job.needs_human_review";
      default -> "qc.job.failed";
    };
  }

  /** The events about this lot (its code, its job, its inventory lot) the page received, deduplicated. */
  @SuppressWarnings("unchecked")
  private static List<String> received(Page page, String code, String job, String lotUuid) {
    var all = (List<Object>) page.evaluate("window.__live || []");
    var out = new ArrayList<String>();
    for (var o : all) {
      var e = String.valueOf(o);
      var resource = e.substring(e.indexOf(' ') + 1);
      if ((resource.equals(code) || resource.equals(job) || resource.equals(lotUuid)) && !out.contains(e)) out.add(e);
    }
    return out;
  }
}
