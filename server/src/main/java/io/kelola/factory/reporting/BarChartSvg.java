package io.kelola.factory.reporting;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A vertical bar chart as inline SVG, drawn on the server (no chart library, no CDN). Every bar
 * carries its value as text and a title, so the chart reads without colour or hover.
 */
final class BarChartSvg {

  /** One bar: its axis label, its size, the text printed above it and its tooltip. */
  record Bar(String label, double value, String valueText, String title) {}

  private static final int GAP = 10;
  private static final int PLOT_H = 140;
  private static final int TOP = 22;
  private static final int BOTTOM = 34;
  private static final int PAD = 8;

  private BarChartSvg() {}

  /** @param barWidth wide enough for the value text (money labels need more) */
  static String render(String id, String title, List<Bar> bars, int barWidth, String colour) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int width = PAD * 2 + bars.size() * (barWidth + GAP) - (bars.isEmpty() ? 0 : GAP);
    int height = TOP + PLOT_H + BOTTOM;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
        .append("px;height:auto\" aria-labelledby=\"").append(id).append("-title\"><title id=\"").append(id)
        .append("-title\">").append(esc(title)).append("</title>")
        .append("<line x1=\"").append(PAD).append("\" y1=\"").append(TOP + PLOT_H).append("\" x2=\"")
        .append(width - PAD).append("\" y2=\"").append(TOP + PLOT_H).append("\" stroke=\"#9ba9be\"/>");
    for (int i = 0; i < bars.size(); i++) {
      var b = bars.get(i);
      int h = max <= 0 ? 0 : (int) Math.round(Math.max(0, b.value()) * PLOT_H / max);
      int x = PAD + i * (barWidth + GAP);
      int y = TOP + PLOT_H - h;
      svg.append("<g class=\"chart-bar\" data-label=\"").append(esc(b.label())).append("\"><title>")
          .append(esc(b.title())).append("</title>")
          .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth)
          .append("\" height=\"").append(h).append("\" rx=\"3\" fill=\"").append(colour).append("\"/>")
          .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(y - 5)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1d273b\">").append(esc(b.valueText()))
          .append("</text><text x=\"").append(x + barWidth / 2).append("\" y=\"").append(TOP + PLOT_H + 18)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#49566c\">").append(esc(b.label()))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s);
  }
}
