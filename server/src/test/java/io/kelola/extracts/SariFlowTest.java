package io.kelola.extracts;

import static io.kelola.extracts.SariFixtures.GINGER;
import static io.kelola.extracts.SariFixtures.samplePhoto;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 000 end to end through the API: intake → AI → signed review → slot → ready → dispatch → CoA. */
@IntegrationTest
class SariFlowTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** This class's own material and spec (the demo spec's content), so other tests' specs cannot interfere. */
  static final String ITEM = "EXT-FLOW";

  @BeforeEach
  void material() {
    SariFixtures.material(port, ITEM);
    if (jdbc.sql("SELECT COUNT(*) FROM t_qc_spec s JOIN m_item i ON i.id = s.item_id WHERE i.code = :i")
        .param("i", ITEM).query(Long.class).single() > 0) return;
    var spec = new java.util.LinkedHashMap<String, Object>(Map.of("item", ITEM, "market", "DOMESTIC", "refL", 63.5,
        "refA", 14.6, "refB", 52.5, "deMax", 6, "hazeMax", 60, "particleMax", 5, "minConfidence", 0.7));
    spec.put("labLimits", List.of(Map.of("code", "MOIST", "name", "Kadar air", "unit", "%", "max", 12),
        Map.of("code", "PH", "name", "pH", "min", 4.0, "max", 6.5)));
    spec.put("checks", List.of("Aroma khas", "Bebas kontaminan visual"));
    var res = as("qc.supervisor").postJson("/api/v1/sari/qc/specs", spec);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
  }

  private Http as(String user) {
    return Http.api(port, user, Http.DEMO_PASSWORD);
  }

  private static Map<String, Object> approve(String password) {
    return Map.of("decision", "APPROVE", "reason", "Sesuai spesifikasi",
        "labValues", Map.of("MOIST", new BigDecimal("9.5"), "PH", new BigDecimal("5.2")),
        "checks", Map.of("Aroma khas", true, "Bebas kontaminan visual", true), "password", password);
  }

  @Test
  void cleanLotGoesFromIntakeToDispatchWithTheLedgerFollowing() {
    var operator = as("sari.operator");
    var lot = SariFixtures.intake(operator, ITEM, "VND-001", List.of(samplePhoto(GINGER, 0), samplePhoto(GINGER, 0)));
    var code = lot.get("lotCode").asString();
    assertThat(lot.get("stage").asString()).isEqualTo("QC");
    assertThat(invLotStatus(code)).isEqualTo("QUARANTINE");
    assertThat(onHand(code, "QUAR-01")).isEqualByComparingTo("120");
    // nobody releases a SARI lot around the signed QC review, not even with the inventory permission
    var byHand = as("sari.manager").postJson("/api/v1/inventory/lots/" + lot.get("inventoryLot").asString() + "/status",
        Map.of("status", "RELEASED"));
    assertThat(byHand.statusCode()).isEqualTo(409);
    assertThat(invLotStatus(code)).isEqualTo("QUARANTINE");

    var qc = as("qc.supervisor");
    var job = SariFixtures.awaitInspected(qc, code);
    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("aiOutcome").asString()).isEqualTo("PASS");
    assertThat(job.get("modelVersion").asString()).isNotBlank();
    assertThat(job.get("results")).hasSize(2);
    var photo = job.get("results").get(0);
    assertThat(photo.get("deltaE").asDouble()).isLessThan(2.0);
    assertThat(photo.get("particles").asInt()).isZero();
    assertThat(photo.get("annotated").asBoolean()).isTrue();
    var jobId = job.get("uuid").asString();

    // a wrong e-signature changes nothing
    var wrong = qc.postJson("/api/v1/sari/qc/jobs/" + jobId + "/review", approve("not-my-password"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("password");
    // a lab value outside the spec cannot be approved
    var outOfSpec = qc.postJson("/api/v1/sari/qc/jobs/" + jobId + "/review", Map.of("decision", "APPROVE",
        "labValues", Map.of("MOIST", 20, "PH", 5), "checks", Map.of("Aroma khas", true, "Bebas kontaminan visual", true),
        "password", Http.DEMO_PASSWORD));
    assertThat(outOfSpec.statusCode()).isEqualTo(409);
    assertThat(invLotStatus(code)).isEqualTo("QUARANTINE");

    var reviewed = qc.postJson("/api/v1/sari/qc/jobs/" + jobId + "/review", approve(Http.DEMO_PASSWORD));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    assertThat(Http.json(reviewed).get("status").asString()).isEqualTo("APPROVED");
    assertThat(Http.json(reviewed).get("reviewer").asString()).isNotBlank();
    assertThat(invLotStatus(code)).isEqualTo("RELEASED");

    var gudang = as("sari.gudang");
    var suggestions = Http.json(gudang.get("/api/v1/sari/lots/" + code + "/slot-suggestions"));
    assertThat(suggestions.get(0).get("fits").asBoolean()).isTrue();
    var slot = suggestions.get(0).get("slot").get("location").asString();
    assertThat(gudang.postJson("/api/v1/sari/lots/" + code + "/slot", Map.of("location", "NOPE")).statusCode())
        .isEqualTo(400);
    var slotted = gudang.postJson("/api/v1/sari/lots/" + code + "/slot", Map.of("location", slot));
    assertThat(slotted.statusCode()).as(slotted.body()).isEqualTo(200);
    assertThat(Http.json(slotted).get("stage").asString()).isEqualTo("READY");
    assertThat(onHand(code, slot)).isEqualByComparingTo("120");
    assertThat(onHand(code, "QUAR-01")).isEqualByComparingTo("0");

    var created = gudang.postJson("/api/v1/sari/dispatches", Map.of("lot", code, "destination", "CUSTOMER",
        "customer", "CUST-001", "qty", 50, "tempC", 4.2));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var no = Http.json(created).get("dispatchNo").asString();
    assertThat(gudang.postJson("/api/v1/sari/dispatches", Map.of("lot", code, "destination", "PRODUCTION",
        "qty", 80)).statusCode()).isEqualTo(409); // only 70 left
    var shipped = gudang.postJson("/api/v1/sari/dispatches/" + no + "/status", Map.of("status", "IN_TRANSIT", "tempC", 9.5));
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
    assertThat(Http.json(shipped).get("readings").get(1).get("inRange").asBoolean()).isFalse();
    assertThat(onHand(code, slot)).isEqualByComparingTo("70");
    assertThat(gudang.postJson("/api/v1/sari/dispatches/" + no + "/status", Map.of("status", "CREATED")).statusCode())
        .isEqualTo(409);
    assertThat(gudang.postJson("/api/v1/sari/dispatches/" + no + "/status", Map.of("status", "LOST")).statusCode())
        .isEqualTo(400);

    var coa = gudang.send(gudang.request("/api/v1/sari/dispatches/" + no + "/coa.pdf").GET().build());
    assertThat(coa.statusCode()).isEqualTo(200);
    assertThat(coa.body()).startsWith("%PDF");

    var dashboard = Http.json(as("sari.manager").get("/api/v1/sari/dashboard"));
    assertThat(dashboard.get("stages").findValuesAsString("stage")).containsExactly("QC_AI", "QC_REVIEW", "RELEASED",
        "READY", "DISPATCHED", "REJECTED");
    assertThat(dashboard.get("stages").get(3).get("lots").asInt()).isPositive();
    var zoneA = dashboard.get("zones").get(0);
    assertThat(zoneA.get("zone").asString()).isEqualTo("A");
    assertThat(zoneA.get("onHand").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("70"));
    assertThat(zoneA.get("percent").asInt()).isBetween(1, 100);
    assertThat(dashboard.get("intakePerDay")).hasSize(14);

    var audited = jdbc.sql("""
            SELECT action FROM log_audit WHERE entity_key IN (:keys) ORDER BY id""")
        .param("keys", List.of(code, jobId, no)).query(String.class).list();
    assertThat(audited).contains("CREATE", "QC_AI_PASS", "QC_APPROVED", "SLOT_ASSIGNED", "DISPATCH_IN_TRANSIT");

    var timeline = Http.json(operator.get("/api/v1/sari/lots/" + code)).get("timeline");
    assertThat(timeline.findValuesAsString("what")).contains("INTAKE", "QC_JOB_CREATED", "AI_PASS", "QC_APPROVED",
        "SLOT_ASSIGNED", "READY_FOR_PRODUCTION", "DISPATCH_CREATED", "DISPATCH_IN_TRANSIT");
  }

  @Test
  void specksFailTheAiAndARejectedLotGoesToTheRejectLocation() {
    var lot = SariFixtures.intake(as("sari.operator"), ITEM, "VND-002", List.of(samplePhoto(GINGER, 8)));
    var code = lot.get("lotCode").asString();
    var qc = as("qc.supervisor");
    var job = SariFixtures.awaitInspected(qc, code);
    assertThat(job.get("status").asString()).isEqualTo("FAILED");
    assertThat(job.get("aiReason").asString()).contains("partikel");
    var rejected = qc.postJson("/api/v1/sari/qc/jobs/" + job.get("uuid").asString() + "/review",
        Map.of("decision", "REJECT", "reason", "Kontaminan", "password", Http.DEMO_PASSWORD));
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(invLotStatus(code)).isEqualTo("REJECTED");
    assertThat(onHand(code, "REJ-01")).isEqualByComparingTo("120");
    assertThat(as("sari.gudang").postJson("/api/v1/sari/lots/" + code + "/slot", Map.of("location", "CS-A-02"))
        .statusCode()).isEqualTo(409);
  }

  @Test
  void retestReplacesTheJobAndExpiredCertificatesBlockRelease() {
    var lot = SariFixtures.intake(as("sari.operator"), ITEM, "VND-003", List.of(samplePhoto(GINGER, 0)));
    var code = lot.get("lotCode").asString();
    var qc = as("qc.supervisor");
    var first = SariFixtures.awaitInspected(qc, code);
    var retest = qc.postJson("/api/v1/sari/qc/jobs/" + first.get("uuid").asString() + "/retest",
        Map.of("reason", "Foto buram"));
    assertThat(retest.statusCode()).as(retest.body()).isEqualTo(201);
    assertThat(Http.json(retest).get("retestOf").asString()).isEqualTo(first.get("uuid").asString());
    var second = SariFixtures.awaitInspected(qc, code);
    assertThat(Http.json(qc.get("/api/v1/sari/qc/jobs/" + first.get("uuid").asString())).get("status").asString())
        .isEqualTo("INVALIDATED");
    // VND-003's BPOM certificate expired in the demo data
    var refused = qc.postJson("/api/v1/sari/qc/jobs/" + second.get("uuid").asString() + "/review", approve(Http.DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("BPOM");
    assertThat(invLotStatus(code)).isEqualTo("QUARANTINE");
  }

  @Test
  void operatorsSeeOnlyTheirOwnLotsAndOthersAreRefused() {
    var lot = SariFixtures.intake(as("sari.operator"), ITEM, "VND-001", List.of(samplePhoto(GINGER, 0)));
    var code = lot.get("lotCode").asString();
    assertThat(as("sari.operator").get("/api/v1/sari/lots/" + code).statusCode()).isEqualTo(200);
    assertThat(as("operator1").get("/api/v1/sari/lots/" + code).statusCode()).isEqualTo(404);
    assertThat(as("kasir1").get("/api/v1/sari/lots/" + code).statusCode()).isEqualTo(404);
    assertThat(as("sari.gudang").get("/api/v1/sari/lots/" + code).statusCode()).isEqualTo(200);
    var mine = Http.json(as("operator1").get("/api/v1/sari/my-lots"));
    assertThat(mine.findValuesAsString("lotCode")).doesNotContain(code);
    assertThat(as("sari.operator").get("/api/v1/sari/lots").statusCode()).isEqualTo(403);
  }

  @Test
  void aJobWhosePhotoCannotBeReadIsRetriedAndThenFailedWithoutHoldingUpTheQueue() {
    var lot = SariFixtures.intake(as("sari.operator"), ITEM, "VND-001", List.of(samplePhoto(GINGER, 0)));
    var code = lot.get("lotCode").asString();
    SariFixtures.awaitInspected(as("qc.supervisor"), code);
    // a photo whose file is gone (a lost disk, an S3 object deleted by hand), then a job that needs it
    long lotId = jdbc.sql("SELECT id FROM t_sari_lot WHERE lot_code = :c").param("c", code).query(Long.class).single();
    jdbc.sql("INSERT INTO t_lot_photo (lot_id, seq, file_key, content_type, width, height, bytes) "
        + "VALUES (:lot, 2, :key, 'image/png', 640, 480, 100)").param("lot", lotId)
        .param("key", java.util.UUID.randomUUID().toString()).update();
    jdbc.sql("INSERT INTO t_qc_job (lot_id, spec_id) SELECT lot_id, spec_id FROM t_qc_job WHERE lot_id = :lot LIMIT 1")
        .param("lot", lotId).update();
    // a healthy lot taken in afterwards is not held up behind it
    var healthy = SariFixtures.intake(as("sari.operator"), ITEM, "VND-001", List.of(samplePhoto(GINGER, 0)));
    assertThat(SariFixtures.awaitInspected(as("qc.supervisor"), healthy.get("lotCode").asString())
        .get("status").asString()).isEqualTo("COMPLETED");
    var failed = SariFixtures.awaitInspected(as("qc.supervisor"), code);
    assertThat(failed.get("status").asString()).isEqualTo("FAILED");
    assertThat(failed.get("aiReason").asString()).contains("INSPECTION_ERROR");
    assertThat(jdbc.sql("SELECT MAX(attempts) FROM t_qc_job WHERE lot_id = :lot").param("lot", lotId)
        .query(Integer.class).single()).isEqualTo(3);
  }

  @Test
  void guessingTheSignaturePasswordLocksTheAccountLikeFailedLogins() {
    var name = "qc.sig" + System.nanoTime() % 100_000;
    var created = as("admin").postJson("/api/v1/admin/users", Map.of("username", name, "email", name + "@sari.local",
        "role", "QC_SUPERVISOR", "password", "Sari-Tanda-Tangan-9"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var supervisor = Http.api(port, name, "Sari-Tanda-Tangan-9");
    var lot = SariFixtures.intake(as("sari.operator"), ITEM, "VND-001", List.of(samplePhoto(GINGER, 0)));
    var job = SariFixtures.awaitInspected(supervisor, lot.get("lotCode").asString()).get("uuid").asString();
    var reject = new java.util.HashMap<String, Object>(Map.of("decision", "REJECT", "reason", "uji"));
    for (int i = 0; i < 5; i++) {
      reject.put("password", "tebakan-" + i);
      assertThat(supervisor.postJson("/api/v1/sari/qc/jobs/" + job + "/review", reject).statusCode()).isEqualTo(400);
    }
    reject.put("password", "Sari-Tanda-Tangan-9");
    var locked = supervisor.postJson("/api/v1/sari/qc/jobs/" + job + "/review", reject);
    assertThat(locked.statusCode()).isEqualTo(400);
    assertThat(locked.body()).contains("terkunci");
    assertThat(Http.json(as("qc.supervisor").get("/api/v1/sari/qc/jobs/" + job)).get("status").asString())
        .isNotIn("APPROVED", "REJECTED");
    assertThat(Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", name,
        "password", "Sari-Tanda-Tangan-9")).statusCode()).isEqualTo(401);
  }

  private String invLotStatus(String code) {
    return jdbc.sql("SELECT status FROM t_lot WHERE lot_no = :c").param("c", code).query(String.class).single();
  }

  private BigDecimal onHand(String code, String location) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(b.qty_on_hand), 0) FROM t_inv b JOIN t_lot l ON l.id = b.lot_id
            JOIN m_loc c ON c.id = b.loc_id WHERE l.lot_no = :c AND c.code = :loc""")
        .param("c", code).param("loc", location).query(BigDecimal.class).single();
  }
}
