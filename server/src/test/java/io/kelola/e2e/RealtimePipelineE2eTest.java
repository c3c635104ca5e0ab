package io.kelola.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        assertThat(expected.get("sari.operator")).as("the operator's own lot event is part of the run")
            .contains(key("lot.created", "LOT-" + run + "-SARI-OP"));
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
      sent.add(new Sent("lot.status_changed", lotUuid, null, "HTTP"));
    }
    var move = gudang.post("/api/v1/inventory/receipts", Map.of("item", "ITM-001", "warehouse", "WH-A1", "qty", 1,
        "docRef", "E2E-" + run));
    sent.add(new Sent("inventory.moved", move.get("uuid").asString(), null, "HTTP"));

    var op = uuids.get("sari.operator");
    var other = uuids.get("operator1");
    for (var row : List.of(
        new Sent("lot.created", "LOT-" + run + "-SARI-OP", op, "outbox"),
        new Sent("lot.created", "LOT-" + run + "-OP1", other, "outbox"),
        new Sent("lot.ready_for_production", "LOT-" + run + "-UNOWNED", null, "outbox"),
        new Sent("qc.job.failed", "QC-" + run + "-SARI-OP", op, "outbox"),
        new Sent("qc.job.needs_human_review", "QC-" + run + "-REVIEW", null, "outbox"),
        new Sent("warehouse.slot_assigned", "SLOT-" + run + "-OP1", other, "outbox"),
        new Sent("dispatch.created", "DSP-" + run + "-SARI-OP", op, "outbox"),
        new Sent("audit.log_created", "AUD-" + run, null, "outbox"),
        new Sent("lot.created", "FENCE-" + run + "-SARI-OP", op, "outbox"),
        new Sent("lot.created", "FENCE-" + run + "-OP1", other, "outbox"))) {
      db.publish(row.subject(), row.resourceId(), row.ownerUuid());
      sent.add(row);
    }
    return sent;
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
