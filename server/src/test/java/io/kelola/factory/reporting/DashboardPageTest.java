package io.kelola.factory.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /factory/dashboard} by role, and the demo alerts of seed §1.8.D. */
@IntegrationTest
class DashboardPageTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired FactoryDemoAlerts demoAlerts;
  @Autowired DashboardSummary summary;

  @Test
  void directorSeesMoneyCardsAndAllCharts() {
    var fx = new FactoryDocFixtures(jdbc);
    fx.revenue(summary.today(), new BigDecimal("1234567"));
    var page = Http.browser(port, "direktur", Http.DEMO_PASSWORD).get("/factory/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"card-revenue\"", "id=\"card-cash\"", "id=\"card-ar\"", "id=\"card-ap\"")
        .contains("id=\"revenue-chart\"", "id=\"ageing-chart\"", "id=\"oee-chart\"", "id=\"card-alerts\"")
        .contains("data-live-subjects=\"factory.>\"")
        .containsPattern("data-col=\"revenue_mtd\">Rp[0-9.]+<")
        .contains("data-label=\"MCH-001\"");
  }

  @Test
  void productionManagerSeesProductionButNoMoney() {
    var page = Http.browser(port, "jane.smith", Http.DEMO_PASSWORD).get("/factory/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"card-oee\"", "id=\"oee-chart\"", "id=\"card-alerts\"")
        .doesNotContain("id=\"money-section\"", "id=\"card-revenue\"", "id=\"card-cash\"", "id=\"card-ar\"",
            "id=\"revenue-chart\"", "id=\"ageing-chart\"");
  }

  @Test
  void liveRefreshGetsOnlyTheBodyAndOthersAreRefused() {
    var browser = Http.browser(port, "direktur", Http.DEMO_PASSWORD);
    var part = browser.send(browser.request("/factory/dashboard").header("HX-Request", "true").GET().build());
    assertThat(part.statusCode()).isEqualTo(200);
    assertThat(part.body().strip()).startsWith("<div id=\"dashboard-body\"").doesNotContain("<html");
    assertThat(Http.browser(port, "sales1", Http.DEMO_PASSWORD).get("/factory/dashboard").statusCode()).isEqualTo(403);
  }

  @Test
  void demoAlertsOfTheSeedAreLoadedOnce() {
    demoAlerts.run(null);
    var rows = jdbc.sql("""
            SELECT alert_type || '/' || severity || '/' || is_read FROM ai_alert
            WHERE message IN ('Reject rate MCH-003 = 8.5% (threshold: 5%)', 'Saldo kas negatif dalam 7 hari',
                              '3 customer piutang > 30 hari', 'ITM-005 oversold (-200)') ORDER BY id""")
        .query(String.class).list();
    assertThat(rows).containsExactly("ANOMALY/High/false", "CASHFLOW/Critical/false", "OVERDUE/Medium/true",
        "STOCK/Medium/false");
  }

  @Test
  void compactMoneyForChartLabels() {
    assertThat(DashboardPageView.compactRupiah(new BigDecimal("625750000"), "jt", "M")).isEqualTo("Rp625,8 jt");
    assertThat(DashboardPageView.compactRupiah(new BigDecimal("1250000000"), "jt", "M")).isEqualTo("Rp1,3 M");
    assertThat(DashboardPageView.compactRupiah(new BigDecimal("950000"), "jt", "M")).isEqualTo("Rp950.000");
    assertThat(LocalDate.ofInstant(java.time.Instant.parse("2026-11-30T17:30:00Z"), io.kelola.shared.web.Formats.WIB))
        .isEqualTo(LocalDate.parse("2026-12-01"));
  }
}
