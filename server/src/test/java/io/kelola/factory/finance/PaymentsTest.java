package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Partial and full payments of receivables and payables: balances, statuses, history and refusals. */
@IntegrationTest
class PaymentsTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Receivables receivables;
  @Autowired Payables payables;
  @Autowired CashBook cash;
  @Autowired Payments payments;
  FinanceFixtures f;
  Http admin;

  @BeforeEach
  void setUp() {
    f = new FinanceFixtures(jdbc, tx, receivables, payables, cash);
    admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private static Map<String, Object> pay(String amount, String account) {
    return Map.of("amount", new BigDecimal(amount), "account", account, "reference", "TRF-1");
  }

  @Test
  void receivablePaidInTwoPartsMovesCashInAndEndsPaid() {
    var acct = f.account("0");
    var ar = f.receivable(f.customer(), FinanceFixtures.today().minusDays(3), 30, "1000.00", "110.00");

    var first = admin.postJson("/api/v1/factory/receivables/" + ar.number() + "/payments", pay("500", acct));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    var body = Http.json(first);
    assertThat(body.get("remaining").decimalValue()).isEqualByComparingTo("610");
    assertThat(body.get("status").asString()).isEqualTo("Open");
    assertThat(f.balance(acct)).isEqualByComparingTo("500");
    assertThat(f.status("t_ar", ar.id())).isEqualTo("Open");

    var second = admin.postJson("/api/v1/factory/receivables/" + ar.uuid() + "/payments", pay("610", acct));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(Http.json(second).get("status").asString()).isEqualTo("Paid");
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("1110");
    assertThat(f.status("t_ar", ar.id())).isEqualTo("Paid");
    assertThat(jdbc.sql("SELECT paid_dt FROM t_ar WHERE id = :id").param("id", ar.id()).query(java.time.LocalDate.class)
        .single()).isEqualTo(FinanceFixtures.today());
    assertThat(f.balance(acct)).isEqualByComparingTo("1110").isEqualByComparingTo(f.txnSum(acct));
    assertThat(f.history("AR", ar.id())).containsExactly(">Open", "Open>Paid");
    assertThat(jdbc.sql("SELECT count(*) FROM t_cash_txn WHERE ar_id = :id AND category = 'AR_PAYMENT' AND direction = 'IN'")
        .param("id", ar.id()).query(Long.class).single()).isEqualTo(2);

    var again = admin.postJson("/api/v1/factory/receivables/" + ar.number() + "/payments", pay("1", acct));
    assertThat(again.statusCode()).isEqualTo(409);

    var detail = Http.json(admin.get("/api/v1/factory/receivables/" + ar.number()));
    assertThat(detail.get("payments")).hasSize(2);
    assertThat(detail.get("timeline")).hasSize(2);
    assertThat(detail.get("doc").get("remaining").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void payablePaidInTwoPartsMovesCashOutAndEndsPaid() {
    var acct = f.account("2000");
    var ap = f.payable(f.vendor(), FinanceFixtures.today().minusDays(1), 14, "1000", "0");

    var first = admin.postJson("/api/v1/factory/payables/" + ap.number() + "/payments", pay("400", acct));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(f.balance(acct)).isEqualByComparingTo("1600");
    assertThat(f.status("t_ap", ap.id())).isEqualTo("Open");
    assertThat(Http.json(first).get("accountBalance").decimalValue()).isEqualByComparingTo("1600");

    assertThat(admin.postJson("/api/v1/factory/payables/" + ap.number() + "/payments", pay("600", acct)).statusCode())
        .isEqualTo(201);
    assertThat(f.status("t_ap", ap.id())).isEqualTo("Paid");
    assertThat(f.balance(acct)).isEqualByComparingTo("1000").isEqualByComparingTo(f.txnSum(acct));
    assertThat(f.history("AP", ap.id())).containsExactly(">Open", "Open>Paid");
    assertThat(cash.inconsistentAccounts()).isEmpty();
  }

  @Test
  void overpaymentIsRefusedWith409AndChangesNothing() {
    var acct = f.account("0");
    var ar = f.receivable(f.customer(), FinanceFixtures.today(), 30, "100", "0");
    var res = admin.postJson("/api/v1/factory/receivables/" + ar.number() + "/payments", pay("100.01", acct));
    assertThat(res.statusCode()).isEqualTo(409);
    assertThat(Http.json(res).get("detail").asString()).contains("Rp100");
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("0");
    assertThat(f.balance(acct)).isEqualByComparingTo("0");
    assertThat(f.txnSum(acct)).isEqualByComparingTo("0");
  }

  @Test
  void payableThatWouldTakeCashBelowZeroIsRefused() {
    var acct = f.account("100");
    var ap = f.payable(f.vendor(), FinanceFixtures.today(), 30, "500", "0");
    var res = admin.postJson("/api/v1/factory/payables/" + ap.number() + "/payments", pay("150", acct));
    assertThat(res.statusCode()).isEqualTo(409);
    assertThat(f.paid("t_ap", ap.id())).isEqualByComparingTo("0");
    assertThat(f.balance(acct)).isEqualByComparingTo("100");
    // exactly the balance is fine: cash may reach zero
    assertThat(admin.postJson("/api/v1/factory/payables/" + ap.number() + "/payments", pay("100", acct)).statusCode())
        .isEqualTo(201);
    assertThat(f.balance(acct)).isEqualByComparingTo("0");
  }

  @Test
  void parallelPaymentsNeverOverpay() throws Exception {
    var acct = f.account("0");
    var ar = f.receivable(f.customer(), FinanceFixtures.today(), 30, "100", "0");
    var pool = Executors.newFixedThreadPool(8);
    var gate = new CountDownLatch(1);
    var ok = new AtomicInteger();
    var refused = new AtomicInteger();
    var futures = new ArrayList<Future<?>>();
    try {
      for (int i = 0; i < 24; i++) {
        futures.add(pool.submit(() -> {
          gate.await();
          try {
            payments.pay(Ledger.AR, ar.number(), new PaymentRequest(new BigDecimal("10"), null, acct, null, null));
            ok.incrementAndGet();
          } catch (BusinessRuleException e) {
            if (e.status().value() == 409) refused.incrementAndGet();
            else throw e;
          }
          return null;
        }));
      }
      gate.countDown();
      for (var fu : futures) fu.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(ok.get()).isEqualTo(10);
    assertThat(refused.get()).isEqualTo(14);
    assertThat(f.paid("t_ar", ar.id())).isEqualByComparingTo("100");
    assertThat(f.status("t_ar", ar.id())).isEqualTo("Paid");
    assertThat(f.balance(acct)).isEqualByComparingTo("100").isEqualByComparingTo(f.txnSum(acct));
    assertThat(f.history("AR", ar.id())).containsExactly(">Open", "Open>Paid");
  }

  @Test
  void paymentEventsArePublished() {
    var acct = f.account("0");
    var ar = f.receivable(f.customer(), FinanceFixtures.today(), 30, "300", "0");
    payments.pay(Ledger.AR, ar.number(), new PaymentRequest(new BigDecimal("300"), null, acct, null, null));
    assertThat(outbox("factory.payment.recorded", ar.number())).isEqualTo(1);
    assertThat(outbox("factory.ar.status_changed", ar.number())).isEqualTo(2);
    assertThatThrownBy(() -> payments.pay(Ledger.AR, ar.number(),
        new PaymentRequest(BigDecimal.ONE, null, acct, null, null)))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.status().value()).isEqualTo(409));
  }

  private long outbox(String subject, String resource) {
    return jdbc.sql("SELECT count(*) FROM t_event_outbox WHERE event_type = :s AND resource_id = :r")
        .param("s", subject).param("r", resource).query(Long.class).single();
  }
}
