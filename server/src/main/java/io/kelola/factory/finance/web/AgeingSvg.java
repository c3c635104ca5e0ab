package io.kelola.factory.finance.web;

import io.kelola.factory.finance.AgeingReport;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The ageing totals as an inline SVG bar chart: one horizontal bar per bucket, amount at its end. */
final class AgeingSvg {

  private static final String[] COLORS = {"#2fb344", "#f59f00", "#f76707", "#d63939", "#a61e4d"};
  private static final int WIDTH = 640;
  private static final int LABEL = 150;
  private static final int BAR_MAX = 330;
  private static final int ROW = 34;

  private AgeingSvg() {}

  static String of(AgeingReport report, List<String> labels, String title) {
    var values = report.totals().buckets();
    var max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    var height = ROW * values.size() + 10;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"w-100\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" aria-label=\"").append(esc(title)).append("\">");
    for (int i = 0; i < values.size(); i++) {
      var v = values.get(i);
      int w = max.signum() == 0 ? 0
          : v.multiply(BigDecimal.valueOf(BAR_MAX)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      if (v.signum() > 0) w = Math.max(w, 2);
      int y = 5 + i * ROW;
      svg.append("<g data-bucket=\"").append(i).append("\">")
          .append("<text x=\"0\" y=\"").append(y + 20).append("\" font-size=\"15\">").append(esc(labels.get(i))).append("</text>")
          .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
          .append("\" height=\"22\" rx=\"3\" fill=\"").append(COLORS[i]).append("\"></rect>")
          .append("<text x=\"").append(LABEL + w + 8).append("\" y=\"").append(y + 20).append("\" font-size=\"15\">")
          .append(esc(Formats.rupiah(v))).append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
