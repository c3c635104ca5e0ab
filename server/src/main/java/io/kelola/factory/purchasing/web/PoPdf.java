package io.kelola.factory.purchasing.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.factory.purchasing.PoDetail;
import io.kelola.factory.purchasing.PoLine;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.springframework.web.util.HtmlUtils;

/** A printable purchase order for the vendor: header, lines, totals and approval. PDF standard fonts. */
final class PoPdf {

  private PoPdf() {}

  static void write(PoDetail d, Msg t, Instant now, OutputStream out) throws IOException {
    var po = d.po();
    var html = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4; margin: 16mm; }
        body { font-family: sans-serif; font-size: 10pt; color: #1d273b; }
        h1 { font-size: 16pt; margin: 0 0 4pt 0; }
        table { width: 100%; border-collapse: collapse; margin-top: 10pt; }
        th, td { border: 0.5pt solid #c8ced6; padding: 3pt 5pt; text-align: left; }
        th { background: #f1f3f5; } td.num, th.num { text-align: right; } .muted { color: #667382; }
        </style></head><body>""");
    html.append("<h1>").append(esc(t.get("factory.po.page.detail.title", po.poNo()))).append("</h1>")
        .append("<p class=\"muted\">").append(esc(t.get("factory.po.pdf.generated", Formats.wibDateTime(now))))
        .append("</p><p>");
    row(html, t.get("factory.po.col.vendor"), po.vendor() + " - " + po.vendorName());
    row(html, t.get("factory.po.col.warehouse"), po.warehouse());
    row(html, t.get("factory.po.col.orderDate"), Formats.date(po.orderDate()));
    row(html, t.get("factory.po.col.expectedDate"), Formats.date(po.expectedDate()));
    row(html, t.get("factory.po.col.status"), t.get(PoListView.statusKey(po.status())));
    if (d.approvedAt() != null) {
      row(html, t.get("factory.po.col.approvedBy"), d.approvedBy() + " - " + Formats.wibDateTime(d.approvedAt()));
    }
    if (d.notes() != null) row(html, t.get("factory.po.col.notes"), d.notes());
    html.append("</p><table><thead><tr><th>#</th>");
    for (var c : new String[] {"item", "qty", "unitPrice", "taxCode", "amount"}) {
      var numeric = !c.equals("item") && !c.equals("taxCode");
      html.append(numeric ? "<th class=\"num\">" : "<th>").append(esc(t.get("factory.po.col." + c))).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (PoLine l : d.lines()) {
      html.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(esc(l.item() + " - " + l.itemName()))
          .append("</td>");
      num(html, Formats.quantity(l.qty()) + " " + l.uom());
      num(html, Formats.rupiah(l.unitPrice()));
      html.append("<td>").append(esc(l.taxCode())).append("</td>");
      num(html, Formats.rupiah(l.lineAmt()));
      html.append("</tr>");
    }
    html.append("</tbody></table><table>");
    total(html, t.get("factory.po.col.total"), Formats.rupiah(po.total()));
    total(html, t.get("factory.po.col.tax"), Formats.rupiah(po.tax()));
    total(html, t.get("factory.po.col.grand"), Formats.rupiah(po.grand()));
    html.append("</table></body></html>");
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html.toString(), null);
    builder.toStream(out);
    builder.run();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<b>").append(esc(label)).append(":</b> ").append(esc(value)).append("<br/>");
  }

  private static void num(StringBuilder html, String value) {
    html.append("<td class=\"num\">").append(esc(value)).append("</td>");
  }

  private static void total(StringBuilder html, String label, String value) {
    html.append("<tr><th class=\"num\">").append(esc(label)).append("</th><td class=\"num\" style=\"width:30%\">")
        .append(esc(value)).append("</td></tr>");
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
