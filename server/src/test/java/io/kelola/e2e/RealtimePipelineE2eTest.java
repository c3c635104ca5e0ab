package io.kelola.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kelola.extracts.SariFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole realtime pipeline against the packaged server (NATS mode): producers commit events,
 * the relay publishes them to JetStream, the consumer feeds the SSE hub, and every seed 000 role
 * receives exactly the subjects its filter allows — an OPERATOR only its own. Run by
 * {@code scripts/e2e-realtime.sh}.
 */
@Tag("e2e")
class RealtimePipelineE2eTest {

  /** username → role: every role of seed 000, and a second operator. */
  static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("sari.admin", "ADMIN");
    USERS.put("sari.manager", "MANAGER");
    USERS.put("qc.supervisor", "QC_SUPERVISOR");
    USERS.put("sari.gudang", "WAREHOUSE_STAFF");
    USERS.put("sari.operator", "OPERATOR");
    USERS.put("operator1", "OPERATOR");
  }

  record Sent(String subject, String resourceId, String ownerUuid, String how) {}

  @Test
  void everyRoleReceivesExactlyWhatTheSeedFilterAllows() throws Exception {
    var run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var base = E2eTarget.url();
    try (var db = new OutboxWriter(E2eTarget.dbPort())) {
      Map<String, String> uuids = new LinkedHashMap<>();
      for (var u : USERS.keySet()) uuids.put(u, db.userUuid(u));
      Map<String, SseRecorder> streams = new LinkedHashMap<>();
      try {
        for (var u : USERS.keySet()) streams.put(u, SseRecorder.open(ApiClient.signIn(base, u)));
        var sent = produce(run, base, db, uuids);
        var ids = new HashSet<String>();
        sent.forEach(s -> ids.add(s.resourceId()));

        // expected per user, from the independent oracle
        Map<String, List<String>> expected = new LinkedHashMap<>();
        USERS.forEach((u, role) -> {
          var want = new ArrayList<String>();
          for (var s : sent) {
            if (SeedRoleFilter.visible(role, uuids.get(u), s.subject(), s.ownerUuid())) want.add(key(s.subject(), s.resourceId()));
          }
          expected.put(u, want);
        });
        // the two fence rows were written last: once a user has its fences, everything before them was delivered
        var fences = sent.stream().filter(s -> s.resourceId().startsWith("FENCE-")).toList();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
            USERS.keySet().stream().allMatch(u -> received(streams.get(u), ids).containsAll(
                fences.stream().map(f -> key(f.subject(), f.resourceId())).filter(expected.get(u)::contains).toList())));

        var report = new StringBuilder("\nE2E realtime role filter (run " + run + ", " + sent.size() + " events)\n");
        var failures = new ArrayList<String>();
        USERS.forEach((u, role) -> {
          var got = received(streams.get(u), ids);
          var missing = minus(expected.get(u), got);
          var extra = minus(got, expected.get(u));
          report.append(String.format("  %-14s %-16s expected %2d  received %2d  missing %s  unexpected %s%n",
              u, role, expected.get(u).size(), got.size(), missing, extra));
          if (!missing.isEmpty() || !extra.isEmpty()) failures.add(u);
        });
        var foreign = streams.get("operator1").about(ids).stream()
            .filter(e -> uuids.get("sari.operator").equals(e.ownerUserId())).toList();
        report.append("  operator1 events owned by sari.operator: ").append(foreign.size()).append('\n');
        System.out.println(report);
        assertThat(foreign).as("operator1 must never see sari.operator's events").isEmpty();
        assertThat(failures).as(report.toString()).isEmpty();
        assertThat(expected.get("sari.operator")).as("the operator's own events are part of the run")
            .anyMatch(k -> k.startsWith("dispatch.status_changed "));
        var subjects = sent.stream().map(Sent::subject).collect(java.util.stream.Collectors.toSet());
        assertThat(subjects).as("every seed 000 subject is exercised").contains("lot.created", "lot.status_changed",
            "lot.ready_for_production", "qc.job.created", "qc.job.completed", "qc.job.needs_human_review",
            "qc.job.reviewed", "qc.job.failed", "qc.job.approved", "warehouse.slot_assigned", "dispatch.created",
            "dispatch.status_changed", "audit.log_created");
      } finally {
        streams.values().forEach(SseRecorder::close);
      }
    }
  }

  /** Causes the events of one run: real producers over HTTP, then rows for subjects without one. */
  private List<Sent> produce(String run, String base, OutboxWriter db, Map<String, String> uuids) throws Exception {
    var sent = new ArrayList<Sent>();
    var gudang = ApiClient.signIn(base, "sari.gudang");
    var qc = ApiClient.signIn(base, "qc.supervisor");
    var lot = gudang.post("/api/v1/inventory/lots", Map.of("item", "EXT-001", "lotNo", "E2E-" + run,
        "expDate", LocalDate.now().plusYears(1).toString()));
    var lotUuid = lot.get("uuid").asString();
    for (var status : List.of("ON_HOLD", "RELEASED")) {
      qc.post("/api/v1/inventory/lots/" + lotUuid + "/status", Map.of("status", status, "note", "e2e " + run));
      // lot events belong to whoever registered the lot
      sent.add(new Sent("lot.status_changed", lotUuid, uuids.get("sari.gudang"), "HTTP"));
    }
    var move = gudang.post("/api/v1/inventory/receipts", Map.of("item", "ITM-001", "warehouse", "WH-A1", "qty", 1,
        "docRef", "E2E-" + run));
    sent.add(new Sent("inventory.moved", move.get("uuid").asString(), null, "HTTP"));

    var op = uuids.get("sari.operator");
    var other = uuids.get("operator1");
    sent.addAll(sariPipeline(base, op, other));
    // no business producer yet (audit.log_created) or none that is deterministic (a borderline AI verdict)
    for (var row : List.of(
        new Sent("lot.ready_for_production", "LOT-" + run + "-UNOWNED", null, "outbox"),
        new Sent("qc.job.needs_human_review", "QC-" + run + "-REVIEW", null, "outbox"),
        new Sent("audit.log_created", "AUD-" + run, null, "outbox"),
        new Sent("lot.created", "FENCE-" + run + "-SARI-OP", op, "outbox"),
        new Sent("lot.created", "FENCE-" + run + "-OP1", other, "outbox"))) {
      db.publish(row.subject(), row.resourceId(), row.ownerUuid());
      sent.add(row);
    }
    return sent;
  }

  /**
   * The SARI flow through its real producers: sari.operator's clean lot goes intake → AI PASS →
   * approval → slot → ready → dispatch → in transit; operator1's lot with specks fails the AI and is
   * rejected. Every subject of seed 000 but needs_human_review comes from here.
   */
  private static List<Sent> sariPipeline(String base, String op, String other) {
    var sent = new ArrayList<Sent>();
    var operator = ApiClient.signIn(base, "sari.operator");
    var operator1 = ApiClient.signIn(base, "operator1");
    var qc = ApiClient.signIn(base, "qc.supervisor");
    var gudang = ApiClient.signIn(base, "sari.gudang");
    var clean = operator.postMultipart("/api/v1/sari/lots", SariFixtures.lotFields("VND-001", "DOMESTIC"),
        SariFixtures.intakeParts(List.of(SariFixtures.samplePhoto(SariFixtures.GINGER, 0))));
    var a = clean.get("lotCode").asString();
    var specky = operator1.postMultipart("/api/v1/sari/lots", SariFixtures.lotFields("VND-002", "DOMESTIC"),
        SariFixtures.intakeParts(List.of(SariFixtures.samplePhoto(SariFixtures.GINGER, 8))));
    var b = specky.get("lotCode").asString();
    var jobA = inspected(qc, a, "COMPLETED");
    var jobB = inspected(qc, b, "FAILED");
    sent.add(new Sent("lot.created", a, op, "HTTP"));
    sent.add(new Sent("lot.created", b, other, "HTTP"));
    sent.add(new Sent("qc.job.created", jobA, op, "HTTP"));
    sent.add(new Sent("qc.job.created", jobB, other, "HTTP"));
    sent.add(new Sent("qc.job.completed", jobA, op, "worker"));
    sent.add(new Sent("qc.job.failed", jobB, other, "worker"));

    qc.post("/api/v1/sari/qc/jobs/" + jobA + "/review", Map.of("decision", "APPROVE",
        "labValues", Map.of("MOIST", 9.5, "PH", 5.2), "checks", Map.of("Aroma khas", true, "Bebas kontaminan visual", true),
        "password", E2eTarget.DEMO_PASSWORD));
    sent.add(new Sent("qc.job.reviewed", jobA, op, "HTTP"));
    sent.add(new Sent("qc.job.approved", jobA, op, "HTTP"));
    sent.add(new Sent("lot.status_changed", clean.get("inventoryLot").asString(), op, "HTTP"));
    qc.post("/api/v1/sari/qc/jobs/" + jobB + "/review", Map.of("decision", "REJECT", "reason", "Kontaminan",
        "password", E2eTarget.DEMO_PASSWORD));
    sent.add(new Sent("qc.job.reviewed", jobB, other, "HTTP"));
    sent.add(new Sent("lot.status_changed", specky.get("inventoryLot").asString(), other, "HTTP"));

    var slot = gudang.get("/api/v1/sari/lots/" + a + "/slot-suggestions").get(0).get("slot").get("location").asString();
    gudang.post("/api/v1/sari/lots/" + a + "/slot", Map.of("location", slot));
    sent.add(new Sent("warehouse.slot_assigned", a, op, "HTTP"));
    sent.add(new Sent("lot.ready_for_production", a, op, "HTTP"));
    var dispatch = gudang.post("/api/v1/sari/dispatches", Map.of("lot", a, "destination", "PRODUCTION", "qty", 10,
        "tempC", 4)).get("dispatchNo").asString();
    gudang.post("/api/v1/sari/dispatches/" + dispatch + "/status", Map.of("status", "IN_TRANSIT"));
    sent.add(new Sent("dispatch.created", dispatch, op, "HTTP"));
    sent.add(new Sent("dispatch.status_changed", dispatch, op, "HTTP"));
    return sent;
  }

  /** Waits for the AI verdict of the lot's job and checks it; returns the job uuid. */
  private static String inspected(ApiClient reader, String lotCode, String status) {
    var job = new String[2];
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
      var j = reader.get("/api/v1/sari/lots/" + lotCode).get("jobs").get(0);
      job[0] = j.get("uuid").asString();
      job[1] = j.get("status").asString();
      return !job[1].equals("PENDING");
    });
    assertThat(job[1]).as("AI verdict of " + lotCode).isEqualTo(status);
    return job[0];
  }

  /** What a stream delivered of this run, one entry per message (a duplicate counts). */
  private static List<String> received(SseRecorder stream, Set<String> ids) {
    return stream.about(ids).stream().map(e -> key(e.subject(), e.resourceId())).toList();
  }

  /** Multiset difference: each element of {@code b} cancels one equal element of {@code a}. */
  private static List<String> minus(List<String> a, List<String> b) {
    var rest = new ArrayList<>(a);
    b.forEach(rest::remove);
    return rest;
  }

  private static String key(String subject, String resourceId) {
    return subject + " " + resourceId;
  }
}
