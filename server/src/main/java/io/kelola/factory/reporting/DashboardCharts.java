package io.kelola.factory.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard page draws besides the summary: revenue per month, OEE per machine this month,
 * open receivables by days past due, and a few counts. Rollups and open-document indexes only.
 */
@Service
public class DashboardCharts {

  public record MonthRevenue(YearMonth month, BigDecimal revenue) {}

  public record MachineOee(String code, String name, BigDecimal oee) {}

  /** Open receivables (amt − paid) per bucket of days past due: NOT_DUE, D1_30, D31_60, D61_90, D90_PLUS. */
  public record AgeingBucket(String bucket, BigDecimal amount, long invoices) {}

  public static final List<String> BUCKETS = List.of("NOT_DUE", "D1_30", "D31_60", "D61_90", "D90_PLUS");

  private final JdbcClient jdbc;

  DashboardCharts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The last {@code months} WIB months up to today's, oldest first; months without revenue as 0. */
  @Transactional(readOnly = true)
  public List<MonthRevenue> revenueByMonth(LocalDate today, int months) {
    var first = YearMonth.from(today).minusMonths(months - 1L);
    Map<LocalDate, BigDecimal> sums = jdbc.sql("""
            SELECT CAST(date_trunc('month', day) AS date) AS m, sum(revenue) AS revenue FROM rpt_revenue_day
            WHERE day BETWEEN :from AND :today GROUP BY 1""")
        .param("from", first.atDay(1)).param("today", today)
        .query((rs, n) -> Map.entry(rs.getDate("m").toLocalDate(), rs.getBigDecimal("revenue")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    var out = new ArrayList<MonthRevenue>();
    for (int i = 0; i < months; i++) {
      var m = first.plusMonths(i);
      out.add(new MonthRevenue(m, sums.getOrDefault(m.atDay(1), BigDecimal.ZERO)));
    }
    return out;
  }

  /** OEE per active machine over the month to date (null for a machine without shift logs). */
  @Transactional(readOnly = true)
  public List<MachineOee> oeeByMachine(LocalDate today) {
    return jdbc.sql("""
            SELECT m.code, m.name, sum(o.planned_min) AS planned, sum(o.downtime_min) AS downtime,
                   sum(o.output_qty) AS output, sum(o.reject_qty) AS reject, sum(o.ideal_qty) AS ideal
            FROM m_machine m
            LEFT JOIN rpt_oee_day o ON o.machine_id = m.id AND o.day BETWEEN :from AND :today
            WHERE m.deleted_at IS NULL
            GROUP BY m.id, m.code, m.name ORDER BY m.code LIMIT 50""")
        .param("from", today.withDayOfMonth(1)).param("today", today)
        .query((rs, n) -> new MachineOee(rs.getString("code"), rs.getString("name"),
            DashboardSummary.oee(rs.getBigDecimal("planned"), rs.getBigDecimal("downtime"), rs.getBigDecimal("output"),
                rs.getBigDecimal("reject"), rs.getBigDecimal("ideal"))))
        .list();
  }

  /** Open receivables by days past due on the WIB day {@code today} (from the per-due-day rollup); every bucket present. */
  @Transactional(readOnly = true)
  public List<AgeingBucket> receivablesAgeing(LocalDate today) {
    Map<String, AgeingBucket> found = jdbc.sql("""
            SELECT CASE WHEN due_dt >= :today THEN 'NOT_DUE'
                        WHEN :today - due_dt <= 30 THEN 'D1_30'
                        WHEN :today - due_dt <= 60 THEN 'D31_60'
                        WHEN :today - due_dt <= 90 THEN 'D61_90'
                        ELSE 'D90_PLUS' END AS bucket,
                   sum(open_amt) AS amount, sum(open_count) AS invoices
            FROM rpt_open_due_day WHERE kind = 'AR' GROUP BY 1""")
        .param("today", today)
        .query((rs, n) -> new AgeingBucket(rs.getString("bucket"), rs.getBigDecimal("amount"), rs.getLong("invoices")))
        .list().stream().collect(Collectors.toMap(AgeingBucket::bucket, b -> b));
    return BUCKETS.stream().map(b -> found.getOrDefault(b, new AgeingBucket(b, BigDecimal.ZERO, 0))).toList();
  }

  /** Work orders scheduled or running. */
  @Transactional(readOnly = true)
  public long openWorkOrders() {
    return jdbc.sql("SELECT count(*) FROM t_wo WHERE deleted_at IS NULL AND status IN ('Scheduled', 'In Progress')")
        .query(Long.class).single();
  }

  /** Approved sales orders not yet closed (being fulfilled). */
  @Transactional(readOnly = true)
  public long approvedOrders() {
    return jdbc.sql("SELECT count(*) FROM t_so WHERE deleted_at IS NULL AND status = 'Approved'")
        .query(Long.class).single();
  }
}
