package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ageing buckets computed by hand: not yet due, 0–30 (due today counts), 31–60, 61–90, >90 days
 * past due; remaining amounts only, paid documents left out.
 */
@IntegrationTest
class AgeingTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Receivables receivables;
  @Autowired Payables payables;
  @Autowired CashBook cash;
  @Autowired Payments payments;
  FinanceFixtures f;

  @BeforeEach
  void setUp() {
    f = new FinanceFixtures(jdbc, tx, receivables, payables, cash);
  }

  @Test
  void receivablesFallIntoTheirBuckets() {
    var t = FinanceFixtures.today();
    var c = f.customer();
    var acct = f.account("0");
    f.receivable(c, t, 5, "100", "0");                    // due in 5 days: not due
    f.receivable(c, t, 0, "200", "0");                    // due today: 0–30
    f.receivable(c, t.minusDays(30), 0, "300", "0");      // 30 days: 0–30
    f.receivable(c, t.minusDays(31), 0, "400", "0");      // 31: 31–60
    f.receivable(c, t.minusDays(60), 0, "500", "0");      // 60: 31–60
    f.receivable(c, t.minusDays(61), 0, "600", "0");      // 61: 61–90
    f.receivable(c, t.minusDays(120), 30, "700", "0");    // due 90 days ago: 61–90
    var old = f.receivable(c, t.minusDays(91), 0, "800", "0");  // 91: >90, 300 paid
    var paid = f.receivable(c, t.minusDays(100), 0, "900", "0");
    payments.pay(Ledger.AR, old.number(), new PaymentRequest(new BigDecimal("300"), null, acct, null, null));
    payments.pay(Ledger.AR, paid.number(), new PaymentRequest(new BigDecimal("900"), null, acct, null, null));

    var api = Http.api(port, "direktur", Http.DEMO_PASSWORD);
    var res = api.get("/api/v1/factory/receivables/ageing?customer=" + c);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var body = Http.json(res);
    assertThat(body.get("rows")).hasSize(1);
    var totals = body.get("totals");
    assertThat(totals.get("notDue").decimalValue()).isEqualByComparingTo("100");
    assertThat(totals.get("d0to30").decimalValue()).isEqualByComparingTo("500");
    assertThat(totals.get("d31to60").decimalValue()).isEqualByComparingTo("900");
    assertThat(totals.get("d61to90").decimalValue()).isEqualByComparingTo("1300");
    assertThat(totals.get("over90").decimalValue()).isEqualByComparingTo("500");
    assertThat(totals.get("total").decimalValue()).isEqualByComparingTo("3300");
    assertThat(totals.get("documents").asInt()).isEqualTo(8);
    assertThat(body.get("rows").get(0).get("partyCode").asString()).isEqualTo(c);
  }

  @Test
  void payablesAgeAsOfAnyDayAndPerVendor() {
    var t = FinanceFixtures.today();
    var v = f.vendor();
    f.payable(v, t.minusDays(45), 0, "1000", "110");
    var report = new Ageing(jdbc, java.time.Clock.systemUTC()).report(Ledger.AP, v, t.minusDays(45));
    assertThat(report.totals().d0to30()).isEqualByComparingTo("1110");
    var now = Http.json(Http.api(port, "auditor", Http.DEMO_PASSWORD).get("/api/v1/factory/payables/ageing?vendor=" + v));
    assertThat(now.get("totals").get("d31to60").decimalValue()).isEqualByComparingTo("1110");
    assertThat(now.get("totals").get("d0to30").decimalValue()).isEqualByComparingTo("0");
  }
}
