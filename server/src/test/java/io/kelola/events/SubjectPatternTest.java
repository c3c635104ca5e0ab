package io.kelola.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectPatternTest {

  @Test
  void trailingGreaterThanMatchesOneOrMoreTokens() {
    assertThat(SubjectPattern.matches("lot.>", "lot.created")).isTrue();
    assertThat(SubjectPattern.matches("lot.>", "lot.status_changed")).isTrue();
    assertThat(SubjectPattern.matches("lot.>", "lot.a.b")).isTrue();
    assertThat(SubjectPattern.matches("lot.>", "lot")).isFalse();
    assertThat(SubjectPattern.matches("lot.>", "lots.created")).isFalse();
  }

  @Test
  void starMatchesExactlyOneToken() {
    assertThat(SubjectPattern.matches("qc.job.*", "qc.job.created")).isTrue();
    assertThat(SubjectPattern.matches("qc.job.*", "qc.job.a.b")).isFalse();
    assertThat(SubjectPattern.matches("qc.job.*", "qc.job")).isFalse();
    assertThat(SubjectPattern.matches("*.job.created", "qc.job.created")).isTrue();
    assertThat(SubjectPattern.matches("qc.*.created", "qc.job.approved")).isFalse();
  }

  @Test
  void greaterThanAloneMatchesEverything() {
    assertThat(SubjectPattern.matches(">", "lot")).isTrue();
    assertThat(SubjectPattern.matches(">", "audit.log_created")).isTrue();
    assertThat(SubjectPattern.matches(">", "qc.job.needs_human_review")).isTrue();
  }

  @Test
  void plainPatternMatchesOnlyItself() {
    assertThat(SubjectPattern.matches("warehouse.slot_assigned", "warehouse.slot_assigned")).isTrue();
    assertThat(SubjectPattern.matches("warehouse.slot_assigned", "warehouse.slot_assigned.x")).isFalse();
    assertThat(SubjectPattern.matches("warehouse.slot_assigned", "warehouse")).isFalse();
  }

  @Test
  void malformedPatternsAndSubjectsAreRefused() {
    for (var bad : new String[] {"", "lot.>.x", "lot.", ".lot", "lot..x", "Lot.created", "lot.cr*", "a b"}) {
      assertThatThrownBy(() -> SubjectPattern.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SubjectPattern.isValidSubject("qc.job.created")).isTrue();
    assertThat(SubjectPattern.isValidSubject("qc.job.*")).isFalse();
    assertThat(SubjectPattern.isValidSubject("qc.>")).isFalse();
    assertThat(SubjectPattern.isValidSubject("a".repeat(101))).isFalse();
    assertThat(SubjectPattern.matches(">", "not valid")).isFalse();
  }
}
