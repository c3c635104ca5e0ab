package io.kelola.extracts.web;

import io.kelola.extracts.domain.SariDashboard;
import io.kelola.extracts.domain.SariDashboard.StageStat;
import java.time.Duration;

/**
 * The production-readiness dashboard: the summary of the stages, zones and intake, and the intake
 * chart already drawn as SVG. Template view model.
 */
public record DashboardView(SariDashboard.Summary summary, String intakeSvg) {

  /** The chart, written as is: {@link IntakeChartSvg} escapes every text it puts in. */
  public gg.jte.Content intakeChart() {
    return output -> output.writeContent(intakeSvg);
  }

  /** The SLA in whole hours, or empty when the stage has none. */
  public static String slaHours(StageStat s) {
    Duration sla = s.sla();
    return sla == null ? "" : BoardValues.qty(java.math.BigDecimal.valueOf(sla.toMinutes() / 60.0).stripTrailingZeros());
  }

  /** Bar colour of a zone; the percentage is always written next to it. */
  public static String zoneColour(int percent) {
    return percent >= 90 ? "bg-red" : percent >= 70 ? "bg-yellow" : "bg-green";
  }

  public int totalLots() {
    return summary.stages().stream().mapToInt(StageStat::lots).sum();
  }
}
