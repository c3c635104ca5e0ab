package io.kelola.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The seed 000 role / owner table, every role against every seed subject, written out by hand. */
class RoleFilterTest {

  static final List<String> SUBJECTS = List.of(
      "lot.created", "lot.status_changed", "lot.ready_for_production",
      "qc.job.created", "qc.job.completed", "qc.job.needs_human_review", "qc.job.reviewed", "qc.job.failed",
      "qc.job.approved", "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed",
      "audit.log_created");

  static final Map<String, Set<String>> EXPECTED = Map.of(
      "OPERATOR", Set.of("lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.completed",
          "qc.job.failed", "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed"),
      "QC_SUPERVISOR", Set.of("lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.created",
          "qc.job.completed", "qc.job.needs_human_review", "qc.job.reviewed", "qc.job.failed", "qc.job.approved"),
      "WAREHOUSE_STAFF", Set.of("lot.created", "lot.status_changed", "lot.ready_for_production", "qc.job.approved",
          "qc.job.completed", "warehouse.slot_assigned", "dispatch.created", "dispatch.status_changed"),
      "MANAGER", Set.copyOf(SUBJECTS),
      "ADMIN", Set.copyOf(SUBJECTS));

  private final RoleFilter seed = new RoleFilter(new RealtimeProperties(null, null, 0, null, 0, null));
  private final UUID me = UUID.randomUUID();

  @Test
  void everySeedRoleSeesExactlyItsSubjectsOfItsOwnResources() {
    for (var role : EXPECTED.keySet()) {
      var seen = new TreeSet<String>();
      for (var subject : SUBJECTS) if (seed.allows(role, me, event(subject, me))) seen.add(subject);
      assertThat(seen).as(role).isEqualTo(new TreeSet<>(EXPECTED.get(role)));
    }
  }

  @Test
  void operatorsOnlySeeTheirOwnResourcesOthersSeeEveryOwner() {
    var someoneElse = UUID.randomUUID();
    for (var subject : SUBJECTS) {
      assertThat(seed.allows("OPERATOR", me, event(subject, someoneElse))).as(subject).isFalse();
      assertThat(seed.allows("OPERATOR", me, event(subject, null))).as(subject + " without owner").isFalse();
    }
    assertThat(seed.allows("OPERATOR", null, event("lot.created", null))).isFalse();
    for (var role : List.of("QC_SUPERVISOR", "WAREHOUSE_STAFF", "MANAGER", "ADMIN")) {
      for (var subject : EXPECTED.get(role)) {
        assertThat(seed.allows(role, me, event(subject, someoneElse))).as(role + " " + subject).isTrue();
        assertThat(seed.allows(role, me, event(subject, null))).as(role + " " + subject).isTrue();
      }
    }
  }

  @Test
  void perEventDecisionsAgreeWithTheTableForEveryRoleOwnerAndSubject() {
    var someoneElse = UUID.randomUUID();
    var roles = new java.util.ArrayList<>(EXPECTED.keySet());
    roles.addAll(java.util.Arrays.asList("STAFF_SALES", "", null));
    for (var subject : SUBJECTS) {
      for (var owner : java.util.Arrays.asList(me, someoneElse, null)) {
        var e = event(subject, owner);
        var decisions = seed.decisionsFor(e); // reused across roles and users, as the hub does
        for (var role : roles) {
          for (var user : java.util.Arrays.asList(me, someoneElse, null)) {
            boolean expected = role != null && seed.allows(role, user, e);
            assertThat(decisions.allows(role, user)).as(role + " " + user + " " + subject + " owner " + owner)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void unknownRolesSeeNothing() {
    for (var subject : SUBJECTS) {
      assertThat(seed.allows("STAFF_SALES", me, event(subject, me))).isFalse();
      assertThat(seed.allows("", me, event(subject, me))).isFalse();
    }
  }

  @Test
  void theTableIsDataAndWildcardsFollowSubjectPatterns() {
    var custom = new RoleFilter(new RealtimeProperties(
        Map.of("MECHANIC", List.of("workshop.*.created", "stock.>")), Set.of(), 0, null, 0, null));
    assertThat(custom.allows("MECHANIC", me, event("workshop.job.created", null))).isTrue();
    assertThat(custom.allows("MECHANIC", me, event("workshop.job.closed", null))).isFalse();
    assertThat(custom.allows("MECHANIC", me, event("workshop.job.created.late", null))).isFalse();
    assertThat(custom.allows("MECHANIC", me, event("stock.moved", null))).isTrue();
    assertThat(custom.allows("MECHANIC", me, event("stock.moved.in", null))).isTrue();
    assertThat(custom.allows("MECHANIC", me, event("stocks.moved", null))).isFalse();
    assertThat(custom.allows("OPERATOR", me, event("lot.created", me))).as("replaced, not merged").isFalse();
    assertThatThrownBy(() -> new RoleFilter(new RealtimeProperties(Map.of("X", List.of("lot.>.x")), null, 0, null, 0, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsRunOutOfTheBox() {
    var p = new RealtimeProperties(null, null, 0, null, 0, null);
    assertThat(p.queueSize()).isEqualTo(256);
    assertThat(p.heartbeat()).hasSeconds(20);
    assertThat(p.ownerScopedRoles()).containsExactly("OPERATOR");
    assertThat(p.roleSubjects()).containsOnlyKeys(EXPECTED.keySet());
  }

  static EventEnvelope event(String subject, UUID owner) {
    return new EventEnvelope(1, UUID.randomUUID(), subject, Instant.now(), null, owner, "r-1",
        JsonNodeFactory.instance.objectNode());
  }
}
