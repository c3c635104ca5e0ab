package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.shared.web.Formats;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The overdue job: past-due documents become Overdue by the WIB calendar, and stay so until fully paid. */
@IntegrationTest
class OverdueJobTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Receivables receivables;
  @Autowired Payables payables;
  @Autowired CashBook cash;
  @Autowired Payments payments;
  @Autowired OverdueJob job;
  @Autowired MutableClock clock;
  FinanceFixtures f;

  @BeforeEach
  void setUp() {
    f = new FinanceFixtures(jdbc, tx, receivables, payables, cash);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** Moves the clock to the given WIB wall time of a day. */
  private void at(java.time.LocalDate day, LocalTime time) {
    clock.reset();
    var target = day.atTime(time).atZone(Formats.WIB).toInstant();
    clock.advance(Duration.between(Instant.now(), target));
  }

  @Test
  void pastDueDocumentsBecomeOverdueWithHistoryAndDueOnesStayOpen() {
    var today = FinanceFixtures.today();
    var late = f.receivable(f.customer(), today.minusDays(31), 30, "100", "0");
    var dueToday = f.receivable(f.customer(), today.minusDays(30), 30, "100", "0");
    var lateBill = f.payable(f.vendor(), today.minusDays(10), 7, "100", "0");

    assertThat(job.markOverdue()).isGreaterThanOrEqualTo(2);

    assertThat(f.status("t_ar", late.id())).isEqualTo("Overdue");
    assertThat(f.status("t_ar", dueToday.id())).isEqualTo("Open");
    assertThat(f.status("t_ap", lateBill.id())).isEqualTo("Overdue");
    assertThat(f.history("AR", late.id())).containsExactly(">Open", "Open>Overdue");
    assertThat(f.history("AP", lateBill.id())).containsExactly(">Open", "Open>Overdue");
    // a second run changes nothing for documents already marked
    job.markOverdue();
    assertThat(f.history("AR", late.id())).hasSize(2);
  }

  @Test
  void theDayTurnsAtMidnightWibNotUtc() {
    var day = FinanceFixtures.today();
    var doc = f.receivable(f.customer(), day, 0, "100", "0");

    at(day, LocalTime.of(23, 59));
    job.markOverdue();
    assertThat(f.status("t_ar", doc.id())).isEqualTo("Open");

    // 00:01 WIB is still the previous day in UTC (17:01Z): a UTC calendar would miss it
    at(day.plusDays(1), LocalTime.of(0, 1));
    job.markOverdue();
    assertThat(f.status("t_ar", doc.id())).isEqualTo("Overdue");
  }

  @Test
  void partialPaymentKeepsOverdueUntilFullyPaid() {
    var acct = f.account("1000");
    var bill = f.payable(f.vendor(), FinanceFixtures.today().minusDays(40), 30, "300", "0");
    job.markOverdue();
    assertThat(f.status("t_ap", bill.id())).isEqualTo("Overdue");

    payments.pay(Ledger.AP, bill.number(), new PaymentRequest(new BigDecimal("100"), null, acct, null, null));
    assertThat(f.status("t_ap", bill.id())).isEqualTo("Overdue");
    payments.pay(Ledger.AP, bill.number(), new PaymentRequest(new BigDecimal("200"), null, acct, null, null));
    assertThat(f.status("t_ap", bill.id())).isEqualTo("Paid");
    assertThat(f.history("AP", bill.id())).containsExactly(">Open", "Open>Overdue", "Overdue>Paid");
    assertThat(f.balance(acct)).isEqualByComparingTo("700");
  }
}
