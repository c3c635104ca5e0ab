package io.kelola.extracts.domain;

import io.kelola.extracts.ExtractsProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production-readiness dashboard (seed 000, MANAGER): lots per stage, how long they have waited,
 * SLA breaches, cold-chain utilisation by zone and intake per day.
 */
@Service
@Transactional(readOnly = true)
public class SariDashboard {

  /** Stages in flow order; QC is split into waiting for the AI and waiting for a supervisor. */
  public static final List<String> STAGES = List.of("QC_AI", "QC_REVIEW", "RELEASED", "READY", "DISPATCHED", "REJECTED");

  /**
   * One stage.
   *
   * @param avgHours mean hours the lots now in this stage have waited in it
   * @param breaches lots waiting longer than the stage's SLA
   */
  public record StageStat(String stage, int lots, double avgHours, double maxHours, Duration sla, int breaches) {}

  public record ZoneUse(String zone, BigDecimal onHand, BigDecimal capacity, int percent) {}

  public record DayCount(LocalDate day, int lots) {}

  public record Summary(List<StageStat> stages, List<ZoneUse> zones, List<DayCount> intakePerDay, int breaches) {}

  private final JdbcClient jdbc;
  private final ExtractsProperties props;
  private final Clock clock;

  SariDashboard(JdbcClient jdbc, ExtractsProperties props, Clock clock) {
    this.jdbc = jdbc;
    this.props = props;
    this.clock = clock;
  }

  public Summary summary() {
    var now = QcJobRepository.utc(clock.instant());
    var stats = jdbc.sql("""
            WITH s AS (
              SELECT CASE WHEN l.stage <> 'QC' THEN l.stage
                          WHEN EXISTS (SELECT 1 FROM t_qc_job j WHERE j.lot_id = l.id AND j.status = 'PENDING') THEN 'QC_AI'
                          ELSE 'QC_REVIEW' END AS stage,
                     EXTRACT(EPOCH FROM (:now - l.stage_at)) / 3600.0 AS hours
              FROM t_sari_lot l)
            SELECT stage, COUNT(*) AS n, AVG(hours) AS avg_h, MAX(hours) AS max_h,
                   ARRAY_AGG(hours) AS all_h
            FROM s GROUP BY stage""")
        .param("now", now)
        .query((rs, n) -> new Object[] {rs.getString("stage"), rs.getInt("n"), rs.getDouble("avg_h"), rs.getDouble("max_h"),
            (Object[]) rs.getArray("all_h").getArray()})
        .list();
    int totalBreaches = 0;
    var stages = new java.util.ArrayList<StageStat>();
    for (var stage : STAGES) {
      var row = stats.stream().filter(r -> r[0].equals(stage)).findFirst().orElse(null);
      var sla = props.slaOf(stage.startsWith("QC") ? "QC" : stage);
      if (row == null) {
        stages.add(new StageStat(stage, 0, 0, 0, sla, 0));
        continue;
      }
      int breaches = 0;
      if (sla != null) {
        double limit = sla.toMinutes() / 60.0;
        for (var h : (Object[]) row[4]) if (((Number) h).doubleValue() > limit) breaches++;
      }
      totalBreaches += breaches;
      stages.add(new StageStat(stage, (int) row[1], round((double) row[2]), round((double) row[3]), sla, breaches));
    }
    var zones = jdbc.sql("""
            WITH slots AS (
              SELECT l.id, COALESCE(l.zone, '-') AS zone, l.cap_units
              FROM m_loc l JOIN m_wh w ON w.id = l.wh_id
              WHERE w.code = :wh AND l.kind = 'STORAGE' AND l.deleted_at IS NULL)
            SELECT s.zone, COALESCE(SUM(b.qty_on_hand), 0) AS on_hand,
                   (SELECT SUM(s2.cap_units) FROM slots s2 WHERE s2.zone = s.zone) AS cap
            FROM slots s LEFT JOIN t_inv b ON b.loc_id = s.id
            GROUP BY s.zone ORDER BY 1""")
        .param("wh", props.warehouse())
        .query((rs, n) -> {
          var onHand = rs.getBigDecimal("on_hand");
          var cap = rs.getBigDecimal("cap");
          int pct = cap == null || cap.signum() == 0 ? 0
              : onHand.multiply(BigDecimal.valueOf(100)).divide(cap, 0, java.math.RoundingMode.HALF_UP).intValue();
          return new ZoneUse(rs.getString("zone"), onHand, cap, pct);
        })
        .list();
    var today = LocalDate.now(clock.withZone(io.kelola.shared.web.Formats.WIB));
    var perDay = jdbc.sql("""
            SELECT d::date AS day, COUNT(l.id) AS n
            FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') d
            LEFT JOIN t_sari_lot l ON (l.created_at AT TIME ZONE 'Asia/Jakarta')::date = d::date
            GROUP BY d ORDER BY d""")
        .param("from", today.minusDays(13)).param("to", today)
        .query((rs, n) -> new DayCount(rs.getObject("day", LocalDate.class), rs.getInt("n")))
        .list();
    return new Summary(stages, zones, perDay, totalBreaches);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
