package io.kelola.factory.production;

import io.kelola.factory.production.ShiftLogRecords.Oee;
import io.kelola.shared.web.Msg;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * OEE per machine as an inline SVG bar chart drawn on the server: four bars per machine
 * (availability, performance, quality, OEE), each with its percentage as text, so it reads without
 * colour or hover.
 */
public final class OeeChartSvg {

  private static final int BAR_W = 26;
  private static final int GROUP_GAP = 28;
  private static final int PLOT_H = 150;
  private static final int TOP = 22;
  private static final int BOTTOM = 40;
  private static final int PAD = 8;
  private static final String[] COLORS = {"#4299e1", "#f59f00", "#2fb344", "#206bc4"};
  private static final String[] KEYS = {"factory.shift.page.availability", "factory.shift.page.performance",
      "factory.shift.page.quality", "factory.shift.page.oee"};

  private OeeChartSvg() {}

  public static String render(List<Oee> machines, Msg t) {
    int groupW = 4 * BAR_W;
    int width = Math.max(200, PAD * 2 + machines.size() * (groupW + GROUP_GAP));
    int height = TOP + PLOT_H + BOTTOM;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"oee-chart\" role=\"img\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
        .append("px;height:auto\" aria-labelledby=\"oee-chart-title\"><title id=\"oee-chart-title\">")
        .append(esc(t.get("factory.shift.page.chart"))).append("</title>")
        .append("<line x1=\"").append(PAD).append("\" y1=\"").append(TOP + PLOT_H).append("\" x2=\"").append(width - PAD)
        .append("\" y2=\"").append(TOP + PLOT_H).append("\" stroke=\"#9ba9be\"/>");
    for (int i = 0; i < machines.size(); i++) {
      var m = machines.get(i);
      var values = new BigDecimal[] {m.availability(), m.performance(), m.quality(), m.oee()};
      int x0 = PAD + i * (groupW + GROUP_GAP);
      svg.append("<g class=\"oee-machine\" data-machine=\"").append(esc(m.machine())).append("\" data-oee=\"")
          .append(m.oee().toPlainString()).append("\">");
      for (int k = 0; k < 4; k++) {
        int h = values[k].multiply(BigDecimal.valueOf(PLOT_H)).intValue();
        int x = x0 + k * BAR_W;
        int y = TOP + PLOT_H - h;
        var pct = Oee.pct(values[k]);
        svg.append("<g><title>").append(esc(m.machine() + " · " + t.get(KEYS[k]) + " " + pct)).append("</title>")
            .append("<rect x=\"").append(x + 2).append("\" y=\"").append(y).append("\" width=\"").append(BAR_W - 4)
            .append("\" height=\"").append(h).append("\" rx=\"2\" fill=\"").append(COLORS[k]).append("\"/>")
            .append("<text x=\"").append(x + BAR_W / 2).append("\" y=\"").append(y - 4)
            .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#1d273b\">")
            .append(values[k].multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP))
            .append("</text></g>");
      }
      svg.append("<text x=\"").append(x0 + groupW / 2).append("\" y=\"").append(TOP + PLOT_H + 16)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d273b\">").append(esc(m.machine()))
          .append("</text><text x=\"").append(x0 + groupW / 2).append("\" y=\"").append(TOP + PLOT_H + 32)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#49566c\">OEE ").append(esc(Oee.pct(m.oee())))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s);
  }
}
