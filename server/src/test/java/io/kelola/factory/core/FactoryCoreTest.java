package io.kelola.factory.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.audit.StatusHistory;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Document numbers, status history and SLA tracking against the real database. */
@IntegrationTest
class FactoryCoreTest {

  @Autowired DocumentNumbers numbers;
  @Autowired StatusHistory history;
  @Autowired SlaTracker sla;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fiftyParallelCreatesGetGaplessNumbersEvenWhenSomeRollBack() throws Exception {
    var day = LocalDate.of(2099, 1, 15);
    var committed = new ConcurrentLinkedQueue<String>();
    var start = new CountDownLatch(1);
    var tasks = new ArrayList<Callable<Void>>();
    for (int i = 0; i < 50; i++) {
      boolean rollBack = i % 5 == 0;
      tasks.add(() -> {
        start.await();
        tx.executeWithoutResult(status -> {
          var no = numbers.next("GR", day);
          if (rollBack) status.setRollbackOnly();
          else committed.add(no);
        });
        return null;
      });
    }
    try (var pool = Executors.newFixedThreadPool(16)) {
      var futures = tasks.stream().map(pool::submit).toList();
      start.countDown();
      for (var f : futures) f.get();
    }
    // 40 committed numbers; a rolled-back create returned its number, so they are exactly 0001..0040
    var expected = new ArrayList<String>();
    for (int n = 1; n <= 40; n++) expected.add("GR-209901-%04d".formatted(n));
    assertThat(committed.stream().sorted().toList()).isEqualTo(expected);
    String nextMonth = tx.execute(s -> numbers.next("GR", LocalDate.of(2099, 2, 1)));
    assertThat(nextMonth).isEqualTo("GR-209902-0001");
  }

  @Test
  void historyKeepsHowLongTheDocumentStayedInEachStatus() {
    long id = 900_000_001L;
    tx.executeWithoutResult(s -> history.record("SO", id, null, "Draft", null));
    clock.advance(Duration.ofMinutes(95));
    tx.executeWithoutResult(s -> history.record("SO", id, "Draft", "Pending", "  kirim  "));
    var timeline = history.timeline("SO", id);
    assertThat(timeline).extracting(c -> c.newStatus()).containsExactly("Draft", "Pending");
    assertThat(timeline.get(0).durationMin()).isNull();
    assertThat(timeline.get(1).durationMin()).isBetween(95, 96);
    assertThat(timeline.get(1).notes()).isEqualTo("kirim");
  }

  @Test
  void slaBreachIsFlaggedOnceByTheJobAndNotAgainOnCompletion() {
    long id = 900_000_002L;
    tx.executeWithoutResult(s -> sla.start("PO", id, "PO-209901-0001", "Approval"));
    tx.executeWithoutResult(s -> sla.flagBreaches());
    assertThat(sla.of("PO", id).get(0).breached()).isFalse();
    clock.advance(Duration.ofHours(49));
    Integer flagged = tx.execute(s -> sla.flagBreaches());
    assertThat(flagged).isPositive();
    assertThat(sla.of("PO", id).get(0).breached()).isTrue();
    tx.executeWithoutResult(s -> sla.flagBreaches());
    tx.executeWithoutResult(s -> sla.complete("PO", id, "Approval"));
    var records = sla.of("PO", id);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).breached()).isTrue();
    assertThat(records.get(0).actualMin()).isBetween(49 * 60, 49 * 60 + 1);
    assertThat(breachEvents("PO-209901-0001")).isEqualTo(1);
  }

  @Test
  void lateCompletionBreachesAndPublishesWhileOnTimeDoesNot() {
    tx.executeWithoutResult(s -> {
      sla.start("DO", 900_000_003L, "DO-209901-0001", "Delivery");
      sla.start("DO", 900_000_004L, "DO-209901-0002", "Delivery");
    });
    tx.executeWithoutResult(s -> sla.complete("DO", 900_000_003L, "Delivery"));
    clock.advance(Duration.ofDays(4));
    tx.executeWithoutResult(s -> sla.completeAll("DO", 900_000_004L));
    assertThat(sla.of("DO", 900_000_003L).get(0).breached()).isFalse();
    assertThat(sla.of("DO", 900_000_004L).get(0).breached()).isTrue();
    assertThat(breachEvents("DO-209901-0001")).isZero();
    assertThat(breachEvents("DO-209901-0002")).isEqualTo(1);
    // a second start of the same SLA keeps the first
    tx.executeWithoutResult(s -> sla.start("DO", 900_000_004L, "DO-209901-0002", "Delivery"));
    assertThat(sla.of("DO", 900_000_004L)).hasSize(1);
    // stages without a target are not tracked
    tx.executeWithoutResult(s -> sla.start("DO", 900_000_005L, "DO-209901-0003", "Approval"));
    assertThat(sla.of("DO", 900_000_005L)).isEmpty();
  }

  private long breachEvents(String docNo) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_type = 'factory.sla.breached' AND resource_id = :r")
        .param("r", docNo).query(Long.class).single();
  }
}
