package io.kelola.factory.finance;

import io.kelola.shared.DemoMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cash (demo mode only), after every other demo runner: half of the invoice of the delivered
 * demo DO-202412-0001 is received (when sales created it), and the opening balance of the default
 * account is chosen so the demo cash balance ends at Rp1.250.000.000 (seed 002 §1.8.E). Then the
 * overdue job runs. An account that already has transactions is left alone, so restarts change
 * nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FinanceDemoData implements ApplicationRunner {

  static final BigDecimal CASH_BALANCE = new BigDecimal("1250000000.00");
  static final String DEMO_DO = "DO-202412-0001";
  private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);

  private final DemoMode demo;
  private final JdbcClient jdbc;
  private final CashBook cash;
  private final Payments payments;
  private final OverdueJob overdue;
  private final TransactionTemplate tx;
  private final Clock clock;

  FinanceDemoData(DemoMode demo, JdbcClient jdbc, CashBook cash, Payments payments, OverdueJob overdue,
      TransactionTemplate tx, Clock clock) {
    this.demo = demo;
    this.jdbc = jdbc;
    this.cash = cash;
    this.payments = payments;
    this.overdue = overdue;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    tx.executeWithoutResult(s -> load(cash.defaultAccount()));
    overdue.markOverdue();
  }

  private void load(String account) {
    var used = jdbc.sql("""
            SELECT EXISTS (SELECT 1 FROM t_cash_txn t JOIN t_cash_acct a ON a.id = t.cash_acct_id WHERE a.code = :c)""")
        .param("c", account).query(Boolean.class).single();
    if (used) return;
    var invoice = jdbc.sql("""
            SELECT a.inv_no, a.amt, a.amt - a.paid_amt AS remaining FROM t_ar a JOIN t_do d ON d.id = a.do_id
            WHERE d.do_no = :do AND a.status <> 'Paid'""")
        .param("do", DEMO_DO)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)}).optional();
    var received = invoice.map(i -> ((BigDecimal) i[1]).divide(BigDecimal.TWO, 0, RoundingMode.DOWN)
        .min((BigDecimal) i[2])).orElse(BigDecimal.ZERO);
    var today = FinanceInput.today(clock);
    var openingDay = LocalDate.of(2024, 12, 1);
    cash.record(new CashTxnRequest("OPENING", account, null, CASH_BALANCE.subtract(received),
        openingDay.isAfter(today) ? today : openingDay, null, "Saldo awal demo"));
    if (received.signum() > 0) {
      payments.pay(Ledger.AR, (String) invoice.get()[0], new PaymentRequest(received, null, account, "DEMO-TRF-001",
          "Pembayaran sebagian (demo)"));
    }
    log.info("demo cash loaded: {} received on {}", received, DEMO_DO);
  }
}
