package io.kelola.extracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SARI intake, lot and QC pages over real HTTP: who may open them, what a refused submit shows
 * (field errors, never a 500), and that accepted submits change the lot and redirect.
 */
@IntegrationTest
class SariPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void spec() {
    SariFixtures.spec(port, "DOMESTIC");
  }

  @Test
  void intakeFormOffersVendorsAndLotTrackedMaterialsOnlyToOperators() {
    var op = Http.browser(port, "sari.operator", Http.DEMO_PASSWORD);
    var page = op.get("/sari/lots/new");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("value=\"" + SariFixtures.VENDOR + "\"", "value=\"" + SariFixtures.ITEM + "\"",
        "accept=\"image/png,image/jpeg\"", "data-draft=\"sari-intake\"");
    assertThat(Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD).get("/sari/lots/new").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/sari/lots/new").statusCode()).isIn(302, 401);
  }

  @Test
  void refusedIntakeKeepsTheTypedValuesAndNamesTheField() {
    var op = Http.browser(port, "sari.operator", Http.DEMO_PASSWORD);
    op.get("/sari/lots/new");
    var fields = SariFixtures.intakeFields(SariFixtures.VENDOR, "SUP-BAD-QTY");
    fields.put("qty", "dua puluh");
    fields.put("_csrf", op.csrfToken());
    var res = SariFixtures.multipart(op, "/sari/lots/new", fields, files());
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("id=\"qty-error\"", "value=\"SUP-BAD-QTY\"", "id=\"files-again\"");

    fields.put("qty", "25");
    fields.put("harvestDate", "2999-01-01");
    res = SariFixtures.multipart(op, "/sari/lots/new", fields, files());
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("id=\"harvestDate-error\"");

    fields.put("harvestDate", "kemarin");
    res = SariFixtures.multipart(op, "/sari/lots/new", fields, files());
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("id=\"harvestDate-error\"");

    fields.put("harvestDate", SariFixtures.intakeFields(SariFixtures.VENDOR, "x").get("harvestDate"));
    res = SariFixtures.multipart(op, "/sari/lots/new", fields, List.of());
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("id=\"photos-error\"");
    assertThat(jdbc.sql("SELECT count(*) FROM t_sari_lot WHERE supplier_lot = 'SUP-BAD-QTY'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void acceptedIntakeGoesToTheNewLotWhichOnlyItsOperatorAndReadersSee() {
    var op = Http.browser(port, "sari.operator", Http.DEMO_PASSWORD);
    op.get("/sari/lots/new");
    var supplierLot = "SUP-OK-" + UUID.randomUUID().toString().substring(0, 8);
    var fields = SariFixtures.intakeFields(SariFixtures.VENDOR, supplierLot);
    fields.put("_csrf", op.csrfToken());
    var res = SariFixtures.multipart(op, "/sari/lots/new", fields, files());
    assertThat(res.statusCode()).isEqualTo(302);
    var location = res.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/sari/lots/SARI-[^?]+\\?done=created");
    var path = location.substring(location.indexOf("/sari/"));
    var code = path.substring("/sari/lots/".length(), path.indexOf('?'));

    var detail = op.get(path);
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("id=\"flash\"", supplierLot, "data-stage=\"QC\"", "/api/v1/sari/photos/",
        "/api/v1/sari/lots/" + code + "/supplier-coa", "data-timeline=\"INTAKE\"", "data-job-status=\"PENDING\"")
        .doesNotContain("id=\"coa-pdf\"");
    assertThat(jdbc.sql("SELECT intake_temp FROM t_sari_lot WHERE lot_code = :c").param("c", code)
        .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("4.5");

    assertThat(op.get("/sari/my-lots").body()).contains("data-resource-id=\"" + code + "\"");
    assertThat(op.get("/sari/lots").statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/sari/lots/" + code).statusCode()).isEqualTo(404);
    assertThat(Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/sari/lots/" + code).statusCode()).isEqualTo(404);
    assertThat(Http.browser(port, "sari.gudang", Http.DEMO_PASSWORD).get("/sari/lots/" + code).statusCode()).isEqualTo(200);
  }

  @Test
  void allLotsFilterByStageAndSearchAndAnswerHtmxWithTheTableOnly() {
    var code = SariFixtures.intake(port, SariFixtures.VENDOR);
    var reader = Http.browser(port, "sari.manager", Http.DEMO_PASSWORD);
    assertThat(reader.get("/sari/lots?stage=QC&q=" + code).body()).contains("data-resource-id=\"" + code + "\"");
    assertThat(reader.get("/sari/lots?stage=RELEASED&q=" + code).body()).doesNotContain("data-resource-id=\"" + code + "\"")
        .contains("id=\"sari-lots-empty\"");
    var odd = reader.get("/sari/lots?stage=NONSENSE&q=%25%00" + "x".repeat(300));
    assertThat(odd.statusCode()).isEqualTo(200);
    var fragment = reader.send(reader.request("/sari/lots?q=" + code).header("HX-Request", "true").GET().build());
    assertThat(fragment.body()).startsWith("<div id=\"sari-lots-table\"").doesNotContain("<html")
        .contains("data-live-subjects=\"lot.> qc.job.> warehouse.slot_assigned dispatch.>\"", code);
  }

  @Test
  void supervisorSignsAnApprovalAfterFixingWrongPasswordAndLabValue() {
    var code = SariFixtures.intake(port, SariFixtures.VENDOR);
    var job = SariFixtures.jobAwaitingReview(jdbc, code);
    var qc = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    assertThat(qc.get("/sari/qc").body()).contains("data-resource-id=\"" + job + "\"", "data-job-status=\"NEEDS_REVIEW\"");
    var page = qc.get("/sari/qc/jobs/" + job);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("name=\"lab_BRIX\"", "value=\"" + SariFixtures.CHECK + "\"", "id=\"toggle-boxes\"",
        "data-draft=\"sari-review-" + job + "\"");

    var wrongPassword = review(qc, job, Map.of("decision", "APPROVE", "lab_BRIX", "15", "check", SariFixtures.CHECK,
        "password", "salah-sekali"));
    assertThat(wrongPassword.statusCode()).isEqualTo(400);
    assertThat(wrongPassword.body()).contains("id=\"password-error\"", "value=\"15\"");

    var outOfSpec = review(qc, job, Map.of("decision", "APPROVE", "lab_BRIX", "25,5", "check", SariFixtures.CHECK,
        "password", Http.DEMO_PASSWORD));
    assertThat(outOfSpec.statusCode()).isEqualTo(409);
    assertThat(outOfSpec.body()).contains("id=\"labValues-error\"", "25.5");

    var notANumber = review(qc, job, Map.of("decision", "APPROVE", "lab_BRIX", "manis", "password", Http.DEMO_PASSWORD));
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("id=\"labValues-error\"");

    var ok = review(qc, job, Map.of("decision", "APPROVE", "lab_BRIX", "15", "check", SariFixtures.CHECK,
        "password", Http.DEMO_PASSWORD));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/sari/lots/" + code + "?done=approved");
    assertThat(jdbc.sql("SELECT stage FROM t_sari_lot WHERE lot_code = :c").param("c", code).query(String.class).single())
        .isEqualTo("RELEASED");
    assertThat(qc.get("/sari/lots/" + code + "?done=approved").body())
        .contains("id=\"coa-pdf\"", "data-stage=\"RELEASED\"", "data-job-status=\"APPROVED\"", "data-timeline=\"QC_APPROVED\"");
    var again = review(qc, job, Map.of("decision", "REJECT", "reason", "terlambat", "password", Http.DEMO_PASSWORD));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("id=\"review-closed\"");
  }

  @Test
  void anExpiredSupplierCertificateBlocksTheReleaseReadably() {
    var code = SariFixtures.intake(port, SariFixtures.EXPIRED_VENDOR);
    var job = SariFixtures.jobAwaitingReview(jdbc, code);
    var qc = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    qc.get("/sari/qc/jobs/" + job);
    var res = review(qc, job, Map.of("decision", "APPROVE", "lab_BRIX", "15", "check", SariFixtures.CHECK,
        "password", Http.DEMO_PASSWORD));
    assertThat(res.statusCode()).isEqualTo(409);
    assertThat(res.body()).contains("id=\"decision-error\"", "MD 224510001234");
    assertThat(jdbc.sql("SELECT stage FROM t_sari_lot WHERE lot_code = :c").param("c", code).query(String.class).single())
        .isEqualTo("QC");
  }

  @Test
  void retestNeedsAReasonAndReplacesTheJob() {
    var code = SariFixtures.intake(port, SariFixtures.VENDOR);
    var job = SariFixtures.jobAwaitingReview(jdbc, code);
    var qc = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    qc.get("/sari/qc/jobs/" + job);
    var empty = qc.postForm("/sari/qc/jobs/" + job + "/retest", Map.of("retestReason", "  "));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("id=\"retestReason-error\"");
    var res = qc.postForm("/sari/qc/jobs/" + job + "/retest", Map.of("retestReason", "Foto buram"));
    assertThat(res.statusCode()).isEqualTo(302);
    var location = res.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/sari/qc/jobs/").endsWith("?done=retest").doesNotContain(job.toString());
    // the new job waits for the AI or already has its verdict: either way the page opens with the flash
    assertThat(qc.get(location.substring(location.indexOf("/sari/"))).body()).contains("id=\"flash\"");
    assertThat(jdbc.sql("SELECT status FROM t_qc_job WHERE uuid = :j").param("j", job).query(String.class).single())
        .isEqualTo("INVALIDATED");
  }

  @Test
  void qcPagesAreForSupervisorsAndUnknownJobsAreNotFound() {
    var op = Http.browser(port, "sari.operator", Http.DEMO_PASSWORD);
    assertThat(op.get("/sari/qc").statusCode()).isEqualTo(403);
    var qc = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    assertThat(qc.get("/sari/qc/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(qc.get("/sari/qc/jobs/not-a-uuid").statusCode()).isEqualTo(404);
    qc.get("/sari/qc");
    assertThat(qc.postForm("/sari/qc/jobs/" + UUID.randomUUID() + "/review", Map.of("decision", "APPROVE")).statusCode())
        .isEqualTo(404);
  }

  private static HttpResponse<String> review(Http qc, UUID job, Map<String, String> fields) {
    return qc.postForm("/sari/qc/jobs/" + job + "/review", fields);
  }

  private static List<SariFixtures.Part> files() {
    return List.of(new SariFixtures.Part("coa", "coa.pdf", "application/pdf", SariFixtures.PDF),
        new SariFixtures.Part("photos", "a.png", "image/png", SariFixtures.png(Color.ORANGE)),
        new SariFixtures.Part("photos", "b.png", "image/png", SariFixtures.png(Color.YELLOW)));
  }
}
