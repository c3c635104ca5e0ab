package io.kelola.factory.finance;

import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks Open receivables and payables whose due date is before today (WIB) as Overdue, in batches
 * of {@value #BATCH}, each batch its own transaction. Rows a payment holds right now are skipped and
 * caught by the next run.
 */
@Service
public class OverdueJob {

  static final int BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

  private record Due(long id, String number) {}

  private final JdbcClient jdbc;
  private final StatusHistory history;
  private final Events events;
  private final TransactionTemplate tx;
  private final Clock clock;

  OverdueJob(JdbcClient jdbc, StatusHistory history, Events events, PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.history = history;
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(cron = "${kelola.factory.overdue-cron:0 5 0 * * *}", zone = "Asia/Jakarta")
  void scheduled() {
    var marked = markOverdue();
    if (marked > 0) log.info("marked {} receivables/payables overdue", marked);
  }

  /** Marks everything past due as of today (WIB); returns how many documents changed. */
  public int markOverdue() {
    var today = FinanceInput.today(clock);
    int total = 0;
    for (var ledger : Ledger.values()) {
      int n;
      do {
        n = tx.execute(s -> batch(ledger, today));
        total += n;
      } while (n == BATCH);
    }
    return total;
  }

  private int batch(Ledger ledger, LocalDate today) {
    List<Due> due = jdbc.sql("SELECT d.id, d." + ledger.numberCol + " FROM " + ledger.table + " d"
            + " WHERE d.status = 'Open' AND d.due_dt < :today ORDER BY d.id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
        .param("today", today)
        .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2))).list();
    for (var d : due) {
      jdbc.sql("UPDATE " + ledger.table + " SET status = 'Overdue' WHERE id = :id").param("id", d.id()).update();
      var note = "due before " + today;
      history.record(ledger.name(), d.id(), "Open", "Overdue", note);
      events.publish(ledger.statusSubject, d.number(), null,
          new FactoryEvents.StatusChanged(ledger.name(), d.number(), "Open", "Overdue", note));
    }
    return due.size();
  }
}
