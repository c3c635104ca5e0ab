package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 requests of one unit race for 100 units: exactly 100 win, 100 get 409, nothing goes
 * negative and the balance equals the ledger.
 */
@IntegrationTest
class ConcurrentStockTest {

  static final int REQUESTS = 200;

  @Autowired StockLedger ledger;
  @Autowired JdbcClient jdbc;
  Masters m;
  String item;
  String wh;

  @BeforeEach
  void stockOf100() {
    m = new Masters(jdbc);
    item = m.item();
    wh = m.warehouse();
    ledger.receive(StockLedgerTest.receipt(item, wh, null, "100"));
  }

  @Test
  void parallelReservationsNeverOversell() throws Exception {
    var outcome = race(i -> () -> ledger.reserve(new ReservationRequest(item, wh, BigDecimal.ONE, null, "SO",
        "SO-" + i, false, null, null)));
    assertThat(outcome).containsExactly(100, 100);
    var b = m.balance(item, wh, null, null);
    assertThat(b[0]).isEqualByComparingTo("100");
    assertThat(b[1]).isEqualByComparingTo("100");
    assertThat(activeReservations()).isEqualTo(100);
  }

  @Test
  void parallelIssuesNeverGoNegative() throws Exception {
    var outcome = race(i -> () -> ledger.issue(StockLedgerTest.issue(item, wh, null, "1")));
    assertThat(outcome).containsExactly(100, 100);
    assertThat(m.balance(item, wh, null, null)[0]).isEqualByComparingTo("0");
    assertThat(m.moves(item)).isEqualTo(101);
  }

  @Test
  void parallelTransfersMoveExactlyWhatExists() throws Exception {
    var to = m.warehouse();
    var outcome = race(i -> () -> ledger.transfer(new Transfer(item, wh, null, to, null, null, BigDecimal.ONE, null,
        null, null, null, null)));
    assertThat(outcome).containsExactly(100, 100);
    assertThat(m.balance(item, wh, null, null)[0]).isEqualByComparingTo("0");
    assertThat(m.balance(item, to, null, null)[0]).isEqualByComparingTo("100");
  }

  @Test
  void oppositeTransfersBetweenTwoBalancesNeitherDeadlockNorLoseStock() throws Exception {
    var other = m.warehouse();
    ledger.receive(StockLedgerTest.receipt(item, other, null, "100"));
    var outcome = race(i -> () -> ledger.transfer(i % 2 == 0
        ? new Transfer(item, wh, null, other, null, null, BigDecimal.ONE, null, null, null, null, null)
        : new Transfer(item, other, null, wh, null, null, BigDecimal.ONE, null, null, null, null, null)));
    assertThat(outcome[0] + outcome[1]).isEqualTo(REQUESTS);
    assertThat(m.balance(item, wh, null, null)[0].add(m.balance(item, other, null, null)[0]))
        .isEqualByComparingTo("200");
  }

  private long activeReservations() {
    return jdbc.sql("""
            SELECT count(*) FROM t_inv_resv r JOIN m_item i ON i.id = r.item_id
            WHERE i.code = :item AND r.status = 'ACTIVE'""").param("item", item).query(Long.class).single();
  }

  /** Runs the calls together behind a start gate; returns [successes, 409 refusals]. */
  static int[] race(IntFunction<Callable<?>> call) throws Exception {
    var pool = Executors.newFixedThreadPool(32);
    var gate = new CountDownLatch(1);
    var ok = new AtomicInteger();
    var conflicts = new AtomicInteger();
    var futures = new ArrayList<Future<?>>();
    try {
      for (int i = 0; i < REQUESTS; i++) {
        var task = call.apply(i);
        futures.add(pool.submit(() -> {
          gate.await();
          try {
            task.call();
            ok.incrementAndGet();
          } catch (BusinessRuleException e) {
            if (e.status().value() == 409) conflicts.incrementAndGet();
            else throw e;
          }
          return null;
        }));
      }
      gate.countDown();
      for (var f : futures) f.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    return new int[] {ok.get(), conflicts.get()};
  }
}
