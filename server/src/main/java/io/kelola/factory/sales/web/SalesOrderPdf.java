package io.kelola.factory.sales.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.factory.sales.SalesViews;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** A sales order as a printable A4 PDF: header, lines, DPP/PPN per tax code and the grand total. */
final class SalesOrderPdf {

  private SalesOrderPdf() {}

  static void write(SalesViews.OrderDetail so, Msg t, Instant now, OutputStream out) throws IOException {
    var h = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4; margin: 14mm; }
        body { font-family: sans-serif; font-size: 10pt; color: #1d273b; }
        h1 { font-size: 16pt; margin: 0 0 4pt 0; }
        table { width: 100%; border-collapse: collapse; margin-top: 10pt; }
        th, td { border: 0.5pt solid #c8ced6; padding: 3pt 5pt; text-align: left; }
        th { background: #f1f3f5; } .num { text-align: right; } .muted { color: #667382; } .total td { font-weight: bold; }
        </style></head><body>""");
    h.append("<h1>").append(esc(t.get("factory.so.pdf.title", so.soNo()))).append("</h1>");
    h.append("<p class=\"muted\">").append(esc(t.get("factory.so.pdf.generated", Formats.wibDateTime(now)))).append("</p>");
    h.append("<p>").append(esc(t.get("factory.so.col.customer"))).append(": ").append(esc(so.customerName()))
        .append(" (").append(esc(so.customer())).append(")<br/>")
        .append(esc(t.get("factory.so.col.date"))).append(": ").append(esc(Formats.date(so.orderDate())))
        .append(" &#183; ").append(esc(t.get("factory.so.col.deadline"))).append(": ").append(esc(Formats.date(so.deadline())))
        .append("<br/>").append(esc(t.get("factory.so.col.status"))).append(": ")
        .append(esc(t.get("factory.so.status." + so.status()))).append("</p>");
    h.append("<table><thead><tr><th>#</th>");
    for (var c : new String[] {"item", "qty", "price", "disc", "tax", "amount"}) {
      h.append("<th>").append(esc(t.get("factory.so.col." + c))).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    for (var l : so.lines()) {
      h.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(esc(l.item() + " - " + l.itemName()))
          .append("</td><td class=\"num\">").append(esc(Formats.quantity(l.qty()) + " " + l.uom()))
          .append("</td><td class=\"num\">").append(esc(Formats.rupiah(l.unitPrice())))
          .append("</td><td class=\"num\">").append(esc(Formats.quantity(l.discPct()))).append("%</td><td>")
          .append(esc(l.taxCode())).append("</td><td class=\"num\">").append(esc(Formats.rupiah(l.lineAmt())))
          .append("</td></tr>");
    }
    h.append("</tbody></table><table>");
    total(h, t.get("factory.so.page.gross"), so.grossAmt(), false);
    total(h, t.get("factory.so.page.headerDisc") + " " + Formats.quantity(so.discPct()) + "%", so.totalAmt(), false);
    for (var x : so.taxes()) {
      total(h, t.get("factory.so.page.dpp", x.taxCode()), x.dpp(), false);
      total(h, t.get("factory.so.page.ppn", x.taxCode()), x.tax(), false);
    }
    total(h, t.get("factory.so.page.grand"), so.grandAmt(), true);
    h.append("</table></body></html>");
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(h.toString(), null);
    builder.toStream(out);
    builder.run();
  }

  private static void total(StringBuilder h, String label, java.math.BigDecimal amount, boolean bold) {
    h.append(bold ? "<tr class=\"total\">" : "<tr>").append("<td class=\"num\">").append(esc(label))
        .append("</td><td class=\"num\" style=\"width:35%\">").append(esc(Formats.rupiah(amount))).append("</td></tr>");
  }

  private static String esc(String s) {
    if (s == null) return "";
    var b = new StringBuilder(s.length());
    for (var c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }
}
