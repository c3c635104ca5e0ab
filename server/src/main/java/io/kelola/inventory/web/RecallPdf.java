package io.kelola.inventory.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.inventory.web.Trace.Kind;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.springframework.web.util.HtmlUtils;

/**
 * The recall report as a printable PDF: the lot, every lot it came from or went into, and every
 * customer shipment. Rendered from XHTML with the PDF standard fonts (Latin text only).
 */
final class RecallPdf {

  private RecallPdf() {}

  static void write(LotRow lot, Trace trace, Msg t, Instant now, OutputStream out) throws IOException {
    var html = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4 landscape; margin: 14mm; }
        body { font-family: sans-serif; font-size: 10pt; color: #1d273b; }
        h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
        table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #c8ced6; padding: 3pt 5pt; text-align: left; }
        th { background: #f1f3f5; } td.num { text-align: right; } .muted { color: #667382; }
        </style></head><body>""");
    html.append("<h1>").append(esc(t.get("inv.trace.pdf.title", lot.lotNo()))).append("</h1>")
        .append("<p class=\"muted\">").append(esc(t.get("inv.trace.pdf.generated", Formats.wibDateTime(now)))).append("</p>")
        .append("<p>").append(esc(lot.itemCode() + " - " + lot.itemName())).append(" &#183; ")
        .append(esc(t.get("inv.lot.status." + lot.status()))).append("</p>");
    html.append("<h2>").append(esc(t.get("inv.trace.export.lots"))).append("</h2><table><thead><tr>");
    for (var c : new String[] {"direction", "level", "lot", "item", "name", "status"}) th(html, t, c);
    html.append("</tr></thead><tbody>");
    for (var n : trace.nodes()) {
      if (n.kind() != Kind.LOT) continue;
      var direction = n.level() < 0 ? "BACKWARD" : n.level() > 0 ? "FORWARD" : "ROOT";
      html.append("<tr>");
      td(html, t.get("inv.trace.direction." + direction));
      td(html, Integer.toString(n.level()));
      td(html, n.label());
      td(html, n.itemCode());
      td(html, n.itemName());
      td(html, t.get("inv.lot.status." + n.status()));
      html.append("</tr>");
    }
    html.append("</tbody></table>");
    html.append("<h2>").append(esc(t.get("inv.trace.export.shipments"))).append("</h2>");
    if (trace.shipments().isEmpty()) {
      html.append("<p class=\"muted\">").append(esc(t.get("inv.trace.pdf.noShipments"))).append("</p>");
    } else {
      html.append("<table><thead><tr>");
      for (var c : new String[] {"customerCode", "customer", "lot", "item", "qty", "date", "doc"}) th(html, t, c);
      html.append("</tr></thead><tbody>");
      for (var s : trace.shipments()) {
        html.append("<tr>");
        td(html, s.custCode());
        td(html, s.custName());
        td(html, s.lotNo());
        td(html, s.itemCode());
        html.append("<td class=\"num\">").append(esc(s.qtyText())).append("</td>");
        td(html, s.atText());
        td(html, s.docRef());
        html.append("</tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("</body></html>");
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html.toString(), null);
    builder.toStream(out);
    builder.run();
  }

  private static void th(StringBuilder html, Msg t, String column) {
    html.append("<th>").append(esc(t.get("inv.trace.export.col." + column))).append("</th>");
  }

  private static void td(StringBuilder html, String value) {
    html.append("<td>").append(esc(value)).append("</td>");
  }

  /** XHTML-safe text: markup escaped, characters the PDF standard fonts cannot draw replaced. */
  private static String esc(String s) {
    if (s == null) return "";
    var clean = s.codePoints().map(c -> c < 0x20 ? ' ' : c > 0xFF ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return HtmlUtils.htmlEscapeDecimal(clean);
  }
}
