package io.kelola.factory.production;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.audit.StatusChange;
import io.kelola.factory.production.WorkOrderViews.Detail;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** A work order as a printable PDF: header, materials, output lots, QC checks and status history. */
final class WorkOrderPdf {

  private WorkOrderPdf() {}

  static void write(Detail d, List<StatusChange> timeline, Msg t, Instant now, OutputStream out) throws IOException {
    var w = d.order();
    var html = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4; margin: 14mm; }
        body { font-family: sans-serif; font-size: 10pt; color: #1d273b; }
        h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
        table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #c8ced6; padding: 3pt 5pt; text-align: left; }
        th { background: #f1f3f5; } td.num { text-align: right; } .muted { color: #667382; }
        </style></head><body>""");
    html.append("<h1>").append(esc(t.get("factory.wo.pdf.title", w.woNo()))).append("</h1><p class=\"muted\">")
        .append(esc(t.get("factory.wo.pdf.generated", Formats.wibDateTime(now)))).append("</p><table><tbody>");
    row(html, t.get("factory.wo.page.status"), t.get(ProductionFormat.statusKey(w.status())));
    row(html, t.get("factory.wo.page.item"), w.item() + " - " + w.itemName());
    row(html, t.get("factory.wo.page.machine"), w.machine() + " - " + w.machineName());
    row(html, t.get("factory.wo.page.fgWarehouse"), w.warehouse());
    row(html, t.get("factory.wo.page.soNo"), w.soNo() == null ? "-" : w.soNo());
    row(html, t.get("factory.wo.page.dates"), Formats.date(w.startDate()) + " - " + Formats.date(w.endDate()));
    row(html, t.get("factory.wo.page.plan"), Formats.quantity(w.planQty()) + " " + w.uom());
    row(html, t.get("factory.wo.page.actual"), Formats.quantity(w.actualQty()) + " " + w.uom() + " (" + w.progressPct() + " %)");
    row(html, t.get("factory.wo.page.reject"), Formats.quantity(w.rejectQty()));
    row(html, t.get("factory.wo.page.notes"), w.notes() == null ? "-" : w.notes());
    html.append("</tbody></table>");
    html.append("<h2>").append(esc(t.get("factory.wo.page.materials"))).append("</h2><table><thead><tr>");
    th(html, t, "material", "materialWarehouse", "qtyPlan", "issued");
    html.append("</tr></thead><tbody>");
    for (var m : d.materials()) {
      html.append("<tr>");
      td(html, m.item() + " - " + m.itemName());
      td(html, m.warehouse());
      num(html, Formats.quantity(m.qtyPlan()) + " " + m.uom());
      num(html, Formats.quantity(m.qtyIssued()));
      html.append("</tr>");
    }
    html.append("</tbody></table><h2>").append(esc(t.get("factory.wo.page.outputLots"))).append("</h2><table><tbody>");
    for (var l : d.outputLots()) row(html, l.lotNo() + " (" + Formats.quantity(l.qty()) + ")", String.join(", ", l.inputLots()));
    html.append("</tbody></table><h2>").append(esc(t.get("factory.wo.page.qc"))).append("</h2><table><thead><tr>");
    th(html, t, "checkDate", "sample", "defects", "grade", "notes");
    html.append("</tr></thead><tbody>");
    for (var q : d.qc()) {
      html.append("<tr>");
      td(html, Formats.date(q.checkDate()));
      num(html, Formats.quantity(q.sampleSize()));
      num(html, Formats.quantity(q.defectCount()));
      td(html, q.grade());
      td(html, q.notes());
      html.append("</tr>");
    }
    html.append("</tbody></table><h2>").append(esc(t.get("factory.wo.page.timeline"))).append("</h2><table><tbody>");
    for (var c : timeline) {
      row(html, Formats.wibDateTime(c.changedAt()), t.get(ProductionFormat.statusKey(c.newStatus()))
          + (c.changedBy() == null ? "" : " - " + c.changedBy()) + (c.notes() == null ? "" : " - " + c.notes()));
    }
    html.append("</tbody></table></body></html>");
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html.toString(), null);
    builder.toStream(out);
    builder.run();
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static void th(StringBuilder html, Msg t, String... keys) {
    for (var k : keys) html.append("<th>").append(esc(t.get("factory.wo.page." + k))).append("</th>");
  }

  private static void td(StringBuilder html, String value) {
    html.append("<td>").append(esc(value)).append("</td>");
  }

  private static void num(StringBuilder html, String value) {
    html.append("<td class=\"num\">").append(esc(value)).append("</td>");
  }

  /** XHTML-safe text: markup escaped, characters the PDF standard fonts cannot draw replaced. */
  private static String esc(String s) {
    if (s == null) return "";
    var clean = s.codePoints().map(c -> c < 0x20 ? ' ' : c > 0xFF ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return HtmlUtils.htmlEscapeDecimal(clean);
  }
}
