package io.kelola.factory.reporting;

import io.kelola.shared.web.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The management dashboard's summary (seed 002 §1.8.E), read from rollups and indexed partial
 * counts only (never order lines), in one statement ({@link #SQL}). Days are WIB calendar days.
 * <ul>
 *   <li>revenue_mtd: Σ rpt_revenue_day.revenue from the 1st of the current month to today (net value
 *       invoiced on delivery, before PPN); revenue_last_month: the whole previous month;
 *       revenue_growth_pct: (mtd − last) / last × 100, half-up to 1 decimal, null when last is 0.
 *   <li>pending_orders: sales orders not deleted in Draft or Pending (not yet approved);
 *       pending_approvals: purchase orders not deleted in Pending or Pending Director.
 *   <li>production_oee: A × P × Q × 100 (1 decimal) over the month to date from rpt_oee_day, with
 *       A = Σ(planned − downtime) / Σ planned, P = min(1, Σ output / Σ ideal) (1 when no ideal
 *       quantity is known), Q = Σ(output − reject) / Σ output (0 when nothing was made); null when
 *       no shift was logged this month.
 *   <li>active_alerts: unread ai_alert rows; alerts_critical: unread Critical or High;
 *       alerts_warning: unread Medium.
 *   <li>cash_balance: Σ t_cash_acct.balance; ar_overdue: Σ (amt − paid_amt) of receivables not Paid
 *       due before today; ap_due_7_days: the same for payables due from today to today + 7. Both
 *       read rpt_open_due_day, which a trigger on t_ar/t_ap keeps equal to those sums per due day.
 * </ul>
 */
@Service
public class DashboardSummary {

  /** The summary statement; its only parameter {@code :today} is the WIB day. The benchmark runs it as is. */
  public static final String SQL = load("dashboard-summary.sql");

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JdbcClient jdbc;
  private final Clock clock;

  DashboardSummary(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Today on the WIB calendar (the clock's own zone is not trusted to be WIB). */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Formats.WIB);
  }

  public DashboardFigures figures() {
    return figures(today());
  }

  /**
   * One statement, so one snapshot: no transaction around it (a read-only transaction would add
   * three round trips to a request that needs one).
   */
  public DashboardFigures figures(LocalDate today) {
    return jdbc.sql(SQL).param("today", today).query((rs, n) -> map(rs)).single();
  }

  private static DashboardFigures map(ResultSet rs) throws SQLException {
    var mtd = rs.getBigDecimal("revenue_mtd");
    var last = rs.getBigDecimal("revenue_last_month");
    return new DashboardFigures(mtd, last, growth(mtd, last), rs.getLong("pending_orders"),
        rs.getLong("pending_approvals"),
        oee(rs.getBigDecimal("planned"), rs.getBigDecimal("downtime"), rs.getBigDecimal("output"),
            rs.getBigDecimal("reject"), rs.getBigDecimal("ideal")),
        rs.getLong("active_alerts"), rs.getLong("alerts_critical"), rs.getLong("alerts_warning"),
        rs.getBigDecimal("cash_balance"), rs.getBigDecimal("ar_overdue"), rs.getBigDecimal("ap_due_7_days"));
  }

  static BigDecimal growth(BigDecimal mtd, BigDecimal last) {
    if (last.signum() == 0) return null;
    return mtd.subtract(last).multiply(HUNDRED).divide(last, 1, RoundingMode.HALF_UP);
  }

  /** OEE in percent, 1 decimal; null without planned time. */
  static BigDecimal oee(BigDecimal planned, BigDecimal downtime, BigDecimal output, BigDecimal reject,
      BigDecimal ideal) {
    if (planned == null || planned.signum() <= 0) return null;
    var availability = planned.subtract(downtime).divide(planned, MC);
    var performance = ideal.signum() <= 0 ? BigDecimal.ONE : output.divide(ideal, MC).min(BigDecimal.ONE);
    var quality = output.signum() <= 0 ? BigDecimal.ZERO : output.subtract(reject).divide(output, MC);
    return availability.multiply(performance, MC).multiply(quality, MC).multiply(HUNDRED)
        .setScale(1, RoundingMode.HALF_UP);
  }

  private static String load(String name) {
    try (var in = DashboardSummary.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
