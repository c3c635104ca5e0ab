package io.kelola.factory.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/dashboard/summary} against hand-computed fixtures. Revenue and OEE live in months
 * of 2001/2003 that only this class writes (the clock is moved there); the other figures are global
 * sums, so they are checked as the change the fixtures make.
 */
@IntegrationTest
class DashboardSummaryTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void everyFieldMatchesTheFixturesOnTheWibCalendar() {
    // 1 March 2001 00:30 WIB is still 28 February in UTC
    moveTo(LocalDateTime.parse("2001-03-01T00:30"));
    var fx = new FactoryDocFixtures(jdbc);
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var before = summary("direktur");
    var customer = FactoryDocFixtures.customer(admin, "PT Dasbor Uji", 1_000_000);
    var vendor = FactoryDocFixtures.vendor(admin, "CV Dasbor Uji");
    var day = LocalDate.parse("2001-03-01");

    fx.revenue(LocalDate.parse("2001-01-31"), new BigDecimal("999"));
    fx.revenue(LocalDate.parse("2001-02-01"), new BigDecimal("50"));
    fx.revenue(LocalDate.parse("2001-02-28"), new BigDecimal("100.25"));
    fx.revenue(day, new BigDecimal("250"));
    fx.revenue(LocalDate.parse("2001-03-02"), new BigDecimal("777"));

    fx.oee("MCH-001", day, 480, 48, 900, 45, 1000);
    fx.oee("MCH-002", day, 480, 0, 800, 0, 1000);
    fx.oee("MCH-001", LocalDate.parse("2001-02-28"), 480, 400, 10, 10, 1000);
    fx.oee("MCH-003", LocalDate.parse("2001-03-02"), 480, 400, 10, 10, 1000);

    var draft = fx.salesOrder(customer, "Draft", new BigDecimal("10"), day);
    fx.salesOrder(customer, "Pending", new BigDecimal("10"), day);
    fx.salesOrder(customer, "Approved", new BigDecimal("10"), day);
    var deleted = fx.salesOrder(customer, "Pending", new BigDecimal("10"), day);
    jdbc.sql("UPDATE t_so SET deleted_at = now() WHERE so_no = :n").param("n", deleted).update();
    var po = fx.purchaseOrder(vendor, "Pending", new BigDecimal("10"), day);
    fx.purchaseOrder(vendor, "Pending Director", new BigDecimal("10"), day);
    fx.purchaseOrder(vendor, "Draft", new BigDecimal("10"), day);
    fx.purchaseOrder(vendor, "Approved", new BigDecimal("10"), day);

    fx.alert("High", false);
    fx.alert("Critical", false);
    fx.alert("Medium", true);
    fx.alert("Medium", false);
    fx.alert("Low", false);

    fx.cashAccount(new BigDecimal("1250000000"));
    fx.cashAccount(new BigDecimal("-50000.50"));

    fx.receivable(draft, customer, new BigDecimal("1000"), new BigDecimal("400"), LocalDate.parse("2001-02-28"), "Open");
    fx.receivable(draft, customer, new BigDecimal("500"), BigDecimal.ZERO, LocalDate.parse("2001-02-01"), "Overdue");
    fx.receivable(draft, customer, new BigDecimal("700"), new BigDecimal("700"), LocalDate.parse("2001-02-20"), "Paid");
    fx.receivable(draft, customer, new BigDecimal("300"), BigDecimal.ZERO, day, "Open");

    fx.payable(po, vendor, new BigDecimal("200"), BigDecimal.ZERO, day, "Open");
    fx.payable(po, vendor, new BigDecimal("300"), new BigDecimal("100"), day.plusDays(7), "Open");
    fx.payable(po, vendor, new BigDecimal("900"), BigDecimal.ZERO, day.plusDays(8), "Open");
    fx.payable(po, vendor, new BigDecimal("800"), BigDecimal.ZERO, day.minusDays(1), "Overdue");
    fx.payable(po, vendor, new BigDecimal("600"), new BigDecimal("600"), day.plusDays(1), "Paid");

    var after = summary("direktur");
    assertThat(after.size()).as("exactly the seed §1.8.E fields").isEqualTo(12);
    assertThat(dec(after, "revenue_mtd")).isEqualByComparingTo("250");
    assertThat(dec(after, "revenue_last_month")).isEqualByComparingTo("150.25");
    // (250 − 150.25) / 150.25 × 100 = 66.389…
    assertThat(dec(after, "revenue_growth_pct")).isEqualByComparingTo("66.4");
    assertThat(delta(before, after, "pending_orders")).isEqualByComparingTo("2");
    assertThat(delta(before, after, "pending_approvals")).isEqualByComparingTo("2");
    // A = 912/960 = 0.95, P = 1700/2000 = 0.85, Q = 1655/1700 → 78.61…
    assertThat(dec(after, "production_oee")).isEqualByComparingTo("78.6");
    assertThat(delta(before, after, "active_alerts")).isEqualByComparingTo("4");
    assertThat(delta(before, after, "alerts_critical")).isEqualByComparingTo("2");
    assertThat(delta(before, after, "alerts_warning")).isEqualByComparingTo("1");
    assertThat(delta(before, after, "cash_balance")).isEqualByComparingTo("1249949999.50");
    assertThat(delta(before, after, "ar_overdue")).isEqualByComparingTo("1100");
    assertThat(delta(before, after, "ap_due_7_days")).isEqualByComparingTo("400");

    // paying an invoice in full takes it out of the overdue sum (the per-due-day rollup follows t_ar)
    jdbc.sql("UPDATE t_ar SET paid_amt = amt, status = 'Paid' WHERE so_id = :so AND amt = 500")
        .param("so", fx.soId(draft)).update();
    jdbc.sql("UPDATE t_ap SET paid_amt = 300 WHERE po_id = :po AND amt = 300").param("po", fx.poId(po)).update();
    var paid = summary("direktur");
    assertThat(delta(before, paid, "ar_overdue")).isEqualByComparingTo("600");
    assertThat(delta(before, paid, "ap_due_7_days")).isEqualByComparingTo("200");

    // an hour earlier it is still 28 February in WIB: February is the current month, January the last
    clock.advance(Duration.ofHours(-1));
    var february = summary("direktur");
    assertThat(dec(february, "revenue_mtd")).isEqualByComparingTo("150.25");
    assertThat(dec(february, "revenue_last_month")).isEqualByComparingTo("999");
    assertThat(dec(february, "revenue_growth_pct")).isEqualByComparingTo("-85.0");
    // only the 28 February shift: A = 80/480, P = 10/1000, Q = 0 → 0
    assertThat(dec(february, "production_oee")).isEqualByComparingTo("0.0");
    assertThat(delta(before, february, "ar_overdue")).as("due 28-02 is not overdue on 28-02, the 01-02 one is paid")
        .isEqualByComparingTo("0");
  }

  @Test
  void growthIsNullWithoutRevenueLastMonthAndOeeNullWithoutShifts() {
    moveTo(LocalDateTime.parse("2003-06-10T09:00"));
    new FactoryDocFixtures(jdbc).revenue(LocalDate.parse("2003-06-03"), new BigDecimal("500"));
    var json = summary("direktur");
    assertThat(dec(json, "revenue_mtd")).isEqualByComparingTo("500");
    assertThat(dec(json, "revenue_last_month")).isEqualByComparingTo("0");
    assertThat(json.get("revenue_growth_pct").isNull()).isTrue();
    assertThat(json.get("production_oee").isNull()).isTrue();
  }

  @Test
  void moneyOnlyForFinanceReadersAndNothingWithoutDashboardPermission() {
    var director = summary("direktur");
    var production = summary("jane.smith");
    for (var money : new String[] {"revenue_mtd", "revenue_last_month", "cash_balance", "ar_overdue", "ap_due_7_days"}) {
      assertThat(director.get(money).isNull()).as(money).isFalse();
      assertThat(production.has(money) && production.get(money).isNull()).as(money).isTrue();
    }
    assertThat(production.get("revenue_growth_pct").isNull()).isTrue();
    assertThat(production.get("pending_orders").asLong()).isEqualTo(director.get("pending_orders").asLong());
    assertThat(production.get("active_alerts").asLong()).isEqualTo(director.get("active_alerts").asLong());
    for (var user : new String[] {"sales1", "operator1"}) {
      assertThat(Http.api(port, user, Http.DEMO_PASSWORD).get("/api/v1/dashboard/summary").statusCode()).as(user)
          .isEqualTo(403);
    }
    assertThat(Http.anonymous(port).get("/api/v1/dashboard/summary").statusCode()).isEqualTo(401);
  }

  @Test
  void growthAndOeeArithmetic() {
    assertThat(DashboardSummary.growth(new BigDecimal("625750000"), new BigDecimal("580000000")))
        .isEqualByComparingTo("7.9");
    assertThat(DashboardSummary.growth(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
    assertThat(DashboardSummary.oee(new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("120"), BigDecimal.ZERO,
        new BigDecimal("100"))).as("performance capped at 100 %").isEqualByComparingTo("100.0");
    assertThat(DashboardSummary.oee(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO)).isNull();
  }

  private void moveTo(LocalDateTime wib) {
    clock.advance(Duration.between(Instant.now(), wib.atZone(Formats.WIB).toInstant()));
  }

  private JsonNode summary(String user) {
    var res = Http.api(port, user, Http.DEMO_PASSWORD).get("/api/v1/dashboard/summary");
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Http.json(res);
  }

  private static BigDecimal dec(JsonNode json, String field) {
    assertThat(json.get(field).isNull()).as(field + " present").isFalse();
    return json.get(field).decimalValue();
  }

  private static BigDecimal delta(JsonNode before, JsonNode after, String field) {
    return dec(after, field).subtract(dec(before, field));
  }
}
