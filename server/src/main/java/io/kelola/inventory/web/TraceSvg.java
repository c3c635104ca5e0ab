package io.kelola.inventory.web;

import io.kelola.inventory.web.Trace.Kind;
import io.kelola.inventory.web.Trace.Node;
import io.kelola.shared.web.Msg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.TreeMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a trace as an inline SVG, server-side: one column per level (inputs left, the lot in the
 * middle, outputs and customers right), boxes coloured by lot status, arrows labelled with
 * quantities. The viewBox lets it scale down on tablets; every box is a link with a title.
 */
final class TraceSvg {

  private static final int BOX_W = 190;
  private static final int BOX_H = 62;
  private static final int GAP_X = 90;
  private static final int GAP_Y = 22;
  private static final int PAD = 16;

  private TraceSvg() {}

  private record Box(Node node, int x, int y) {}

  static String render(Trace trace, Msg t) {
    var columns = new TreeMap<Integer, List<Node>>();
    trace.nodes().forEach(n -> columns.computeIfAbsent(n.level(), k -> new ArrayList<>()).add(n));
    int minLevel = columns.isEmpty() ? 0 : columns.firstKey();
    int rows = columns.values().stream().mapToInt(List::size).max().orElse(1);
    int width = PAD * 2 + columns.size() * (BOX_W + GAP_X) - GAP_X;
    int height = PAD * 2 + rows * (BOX_H + GAP_Y) - GAP_Y;
    var boxes = new HashMap<String, Box>();
    int col = 0;
    for (var column : columns.values()) {
      int offset = (rows - column.size()) * (BOX_H + GAP_Y) / 2; // centre short columns
      for (int i = 0; i < column.size(); i++) {
        var n = column.get(i);
        boxes.put(n.id(), new Box(n, PAD + col * (BOX_W + GAP_X), PAD + offset + i * (BOX_H + GAP_Y)));
      }
      col++;
    }
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trace-graph\" class=\"trace-graph\" role=\"group\"")
        .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
        .append(" width=\"100%\" style=\"max-width:").append(width).append("px;height:auto\"")
        .append(" aria-labelledby=\"trace-graph-title\" data-levels=\"").append(minLevel).append("\">")
        .append("<title id=\"trace-graph-title\">").append(esc(t.get("inv.trace.graph.title"))).append("</title>")
        .append("<defs><marker id=\"trace-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
        .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#667382\"/></marker></defs>");
    for (var e : trace.edges()) {
      var a = boxes.get(e.from());
      var b = boxes.get(e.to());
      if (a == null || b == null) continue;
      boolean ahead = b.x() > a.x();
      int x1 = ahead ? a.x() + BOX_W : a.x();
      int x2 = ahead ? b.x() - 2 : b.x() + BOX_W + 2;
      int y1 = a.y() + BOX_H / 2;
      int y2 = b.y() + BOX_H / 2;
      int mx = (x1 + x2) / 2;
      svg.append("<g class=\"trace-edge\" data-from=\"").append(esc(e.from())).append("\" data-to=\"").append(esc(e.to()))
          .append("\"><path d=\"M").append(x1).append(',').append(y1).append(" C").append(mx).append(',').append(y1)
          .append(' ').append(mx).append(',').append(y2).append(' ').append(x2).append(',').append(y2)
          .append("\" fill=\"none\" stroke=\"#667382\" stroke-width=\"1.5\" marker-end=\"url(#trace-arrow)\"/>")
          .append("<text x=\"").append(mx).append("\" y=\"").append((y1 + y2) / 2 - 4)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1d273b\" stroke=\"#fff\" stroke-width=\"3\"")
          .append(" paint-order=\"stroke\">").append(esc(e.qtyText())).append("</text></g>");
    }
    for (var box : boxes.values()) svg.append(node(box, trace, t));
    return svg.append("</svg>").toString();
  }

  private static String node(Box box, Trace trace, Msg t) {
    var n = box.node();
    boolean root = n.id().equals(trace.root().toString());
    var colour = colour(n);
    var status = n.kind() == Kind.CUSTOMER ? t.get("inv.trace.customer") : t.get("inv.lot.status." + n.status());
    var description = n.kind() == Kind.CUSTOMER
        ? t.get("inv.trace.node.customer", n.label(), n.itemCode())
        : t.get("inv.trace.node.lot", n.label(), n.itemCode(), status);
    var g = new StringBuilder();
    if (n.href() != null) {
      g.append("<a href=\"").append(esc(n.href())).append("\" class=\"trace-node\" data-node=\"").append(esc(n.label()))
          .append("\" data-kind=\"").append(n.kind()).append("\" aria-label=\"").append(esc(description)).append("\">");
    } else {
      g.append("<g class=\"trace-node\" data-node=\"").append(esc(n.label())).append("\" data-kind=\"")
          .append(n.kind()).append("\" role=\"img\" aria-label=\"").append(esc(description)).append("\">");
    }
    g.append("<title>").append(esc(description)).append("</title>")
        .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(BOX_W)
        .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"").append(colour[1]).append("\" stroke=\"")
        .append(colour[0]).append("\" stroke-width=\"").append(root ? 3 : 1.5).append("\"/>")
        .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"6\" height=\"")
        .append(BOX_H).append("\" rx=\"3\" fill=\"").append(colour[0]).append("\"/>")
        .append(text(box.x() + 14, box.y() + 20, 13, "bold", n.label()))
        .append(text(box.x() + 14, box.y() + 37, 11, "normal", n.kind() == Kind.CUSTOMER ? n.itemCode()
            : n.itemCode() + (n.itemName() == null ? "" : " · " + n.itemName())))
        .append(text(box.x() + 14, box.y() + 53, 11, "bold", status));
    return g.append(n.href() != null ? "</a>" : "</g>").toString();
  }

  private static String text(int x, int y, int size, String weight, String value) {
    var shown = value == null ? "" : value.length() > 28 ? value.substring(0, 27) + "…" : value;
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight
        + "\" fill=\"#1d273b\">" + esc(shown) + "</text>";
  }

  /** Stroke and fill: the same colours as the status badges (Tabler green, yellow, red, grey; blue for customers). */
  private static String[] colour(Node n) {
    if (n.kind() == Kind.CUSTOMER) return new String[] {"#206bc4", "#e8f0fa"};
    return switch (n.status() == null ? "" : n.status()) {
      case "RELEASED" -> new String[] {"#2fb344", "#eaf7ec"};
      case "REJECTED" -> new String[] {"#d63939", "#fbebeb"};
      case "ON_HOLD" -> new String[] {"#667382", "#f0f2f4"};
      default -> new String[] {"#f59f00", "#fef5e6"};
    };
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }

}
