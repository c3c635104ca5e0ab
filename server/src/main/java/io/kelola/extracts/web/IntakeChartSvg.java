package io.kelola.extracts.web;

import io.kelola.extracts.domain.SariDashboard.DayCount;
import io.kelola.shared.web.Msg;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Lots taken in per day as an inline SVG bar chart, drawn on the server (no chart library, no CDN).
 * Every bar carries its number as text and a title, so the chart reads without colour or hover.
 */
final class IntakeChartSvg {

  private static final int BAR_W = 36;
  private static final int GAP = 10;
  private static final int PLOT_H = 140;
  private static final int TOP = 22;
  private static final int BOTTOM = 34;
  private static final int PAD = 8;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM");

  private IntakeChartSvg() {}

  static String render(List<DayCount> days, Msg t) {
    int max = days.stream().mapToInt(DayCount::lots).max().orElse(0);
    int width = PAD * 2 + days.size() * (BAR_W + GAP) - (days.isEmpty() ? 0 : GAP);
    int height = TOP + PLOT_H + BOTTOM;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"intake-chart\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
        .append("px;height:auto\" aria-labelledby=\"intake-chart-title\"><title id=\"intake-chart-title\">")
        .append(esc(t.get("sari.page.dashboard.intake.chart"))).append("</title>")
        .append("<line x1=\"").append(PAD).append("\" y1=\"").append(TOP + PLOT_H).append("\" x2=\"")
        .append(width - PAD).append("\" y2=\"").append(TOP + PLOT_H).append("\" stroke=\"#9ba9be\"/>");
    for (int i = 0; i < days.size(); i++) {
      var d = days.get(i);
      int h = max == 0 ? 0 : Math.round((float) d.lots() * PLOT_H / max);
      int x = PAD + i * (BAR_W + GAP);
      int y = TOP + PLOT_H - h;
      var label = esc(t.get("sari.page.dashboard.intake.bar", io.kelola.shared.web.Formats.date(d.day()), d.lots()));
      svg.append("<g class=\"intake-bar\" data-day=\"").append(d.day()).append("\" data-lots=\"").append(d.lots())
          .append("\"><title>").append(label).append("</title>")
          .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BAR_W)
          .append("\" height=\"").append(h).append("\" rx=\"3\" fill=\"#206bc4\"/>")
          .append("<text x=\"").append(x + BAR_W / 2).append("\" y=\"").append(y - 5)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d273b\">").append(d.lots()).append("</text>")
          .append("<text x=\"").append(x + BAR_W / 2).append("\" y=\"").append(TOP + PLOT_H + 18)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#49566c\">").append(DAY.format(d.day()))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s);
  }
}
