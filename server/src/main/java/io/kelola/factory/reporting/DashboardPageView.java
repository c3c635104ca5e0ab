package io.kelola.factory.reporting;

import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The factory dashboard page: the summary and the sections the caller's role may see.
 *
 * @param money revenue, cash, receivables and payables cards and charts ({@code FIN.READ})
 * @param production OEE per machine and open work orders ({@code SHIFT.READ} or {@code WO.READ})
 * @param sales pending and approved sales orders ({@code SO.READ})
 */
public record DashboardPageView(
    DashboardFigures figures,
    boolean money,
    boolean production,
    boolean sales,
    String revenueSvg,
    String oeeSvg,
    String ageingSvg,
    long openWorkOrders,
    long approvedOrders) {

  /** Charts are written as is: {@link BarChartSvg} escapes every text it puts in. */
  public gg.jte.Content revenueChart() {
    return output -> output.writeContent(revenueSvg);
  }

  public gg.jte.Content oeeChart() {
    return output -> output.writeContent(oeeSvg);
  }

  public gg.jte.Content ageingChart() {
    return output -> output.writeContent(ageingSvg);
  }

  public String rupiah(BigDecimal amount) {
    return Formats.rupiah(amount);
  }

  /** {@code 7,9%}; a dash when unknown. */
  public static String percent(BigDecimal pct) {
    return pct == null ? "–" : Formats.quantity(pct.setScale(1, RoundingMode.HALF_UP)) + "%";
  }

  public String growth() {
    return percent(figures.revenueGrowthPct() == null ? null : figures.revenueGrowthPct().abs());
  }

  /** up, down or flat: the growth arrow (shape and text, not colour alone). */
  public String growthDirection() {
    var g = figures.revenueGrowthPct();
    if (g == null || g.signum() == 0) return "flat";
    return g.signum() > 0 ? "up" : "down";
  }

  /** Short money for chart labels: {@code Rp625,8 jt}, {@code Rp1,3 M}. */
  static String compactRupiah(BigDecimal amount, String million, String billion) {
    var abs = amount.abs();
    if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
      return "Rp" + Formats.quantity(amount.movePointLeft(9).setScale(1, RoundingMode.HALF_UP)) + " " + billion;
    }
    if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      return "Rp" + Formats.quantity(amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP)) + " " + million;
    }
    return Formats.rupiah(amount);
  }
}
