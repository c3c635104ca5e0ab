package io.kelola.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import io.kelola.extracts.SariFixtures;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.awt.Color;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SARI on a tablet-sized screen: the operator registers a lot (photo previews, a draft that survives a
 * reload), the QC supervisor sees it arrive live in the queue and signs the release on the review page.
 */
@IntegrationTest
class SariPagesBrowserTest extends BrowserTestBase {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void spec() {
    SariFixtures.spec(port, "DOMESTIC");
  }

  @Test
  void operatorRegistersALotWithPhotoPreviewsAndAKeptDraft() {
    var supplierLot = "SUP-BRW-" + System.nanoTime() % 1_000_000;
    var op = browser.signedIn("sari.operator", Http.DEMO_PASSWORD);
    op.navigate("/sari/lots/new");
    op.fill("#supplierLot", supplierLot);
    op.fill("#qty", "12,5");
    op.waitForTimeout(800);
    op.reload();
    assertThat(op.locator("#supplierLot")).hasValue(supplierLot);
    assertThat(op.locator("#qty")).hasValue("12,5");

    op.selectOption("#vendor", SariFixtures.VENDOR);
    op.selectOption("#item", SariFixtures.ITEM);
    var today = LocalDate.now(io.kelola.shared.web.Formats.WIB);
    op.fill("#harvestDate", today.minusDays(2).toString());
    op.fill("#expDate", today.plusMonths(8).toString());
    op.fill("#intakeTemp", "5");
    op.locator("label[for=market-EXPORT]").click();
    op.locator("label[for=market-DOMESTIC]").click();
    op.setInputFiles("#coa", new FilePayload("coa.pdf", "application/pdf", SariFixtures.PDF));
    op.setInputFiles("#photos", new FilePayload[] {
        new FilePayload("a.png", "image/png", SariFixtures.png(Color.ORANGE)),
        new FilePayload("b.png", "image/png", SariFixtures.png(Color.RED))});
    assertThat(op.locator("#photo-previews img")).hasCount(2);

    op.click("#intake-submit");
    op.waitForURL("**/sari/lots/SARI-*?done=created");
    assertThat(op.locator("#flash")).isVisible();
    assertThat(op.locator("#lot-photos img")).hasCount(2);
    assertThat(op.locator("#lot-details")).containsText(supplierLot);
    assertThat(op.locator("#lot-qty")).containsText("12,5");
    var code = op.locator("#lot-code").getAttribute("data-code");
    org.assertj.core.api.Assertions.assertThat(op.evaluate("localStorage.getItem('kelola.draft.sari-intake')")).isNull();

    op.navigate("/sari/my-lots");
    assertThat(op.locator("[data-resource-id='" + code + "'] [data-stage]")).hasAttribute("data-stage", "QC");
  }

  @Test
  void supervisorSeesTheLotArriveLiveAndSignsTheRelease() {
    var qc = browser.signedIn("qc.supervisor", Http.DEMO_PASSWORD);
    qc.navigate("/sari/qc");
    assertThat(qc.locator("#live-status")).hasAttribute("data-state", "connected");
    var code = SariFixtures.intake(port, SariFixtures.VENDOR);
    assertThat(qc.locator("#qc-queue tr[data-lot='" + code + "']")).isVisible();
    assertThat(qc.locator("#qc-live-count")).isVisible();

    // the AI worker inspects the photo; its verdict and annotated copy are what the supervisor reviews
    var job = SariFixtures.awaitInspected(Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD), code).get("uuid").asString();
    qc.navigate("/sari/qc/jobs/" + job);
    qc.click("#viewer-img");
    assertThat(qc.locator("#viewer-img")).hasClass(java.util.regex.Pattern.compile("sari-zoomed"));
    qc.check("#toggle-boxes");
    assertThat(qc.locator("#viewer-img")).hasAttribute("data-showing", "annotated");

    qc.fill("#lab_BRIX", "15");
    qc.check("input[name=check]");
    qc.locator("label[for=decision-approve]").click();
    qc.fill("#reason", "Sesuai spesifikasi");
    qc.fill("#password", "bukan-sandi");
    qc.waitForTimeout(800);
    qc.reload();
    assertThat(qc.locator("#lab_BRIX")).hasValue("15");
    assertThat(qc.locator("#reason")).hasValue("Sesuai spesifikasi");
    assertThat(qc.locator("#password")).hasValue("");

    qc.fill("#password", "bukan-sandi");
    qc.click("#review-submit");
    assertThat(qc.locator("#password-error")).isVisible();
    assertThat(qc.locator("#lab_BRIX")).hasValue("15");

    qc.check("input[name=check]");
    qc.locator("label[for=decision-approve]").click();
    qc.fill("#password", Http.DEMO_PASSWORD);
    qc.click("#review-submit");
    qc.waitForURL("**/sari/lots/" + code + "?done=approved");
    assertThat(qc.locator("#flash")).isVisible();
    assertThat(qc.locator("#coa-pdf")).isVisible();
    assertThat(qc.locator("#lot-stage [data-stage]")).hasAttribute("data-stage", "RELEASED");
  }
}
