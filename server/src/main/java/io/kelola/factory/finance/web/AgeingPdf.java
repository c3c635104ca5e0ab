package io.kelola.factory.finance.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.factory.finance.AgeingReport;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The receivables ageing as an A4 landscape PDF: one row per customer, the totals last. */
final class AgeingPdf {

  private AgeingPdf() {}

  static byte[] render(AgeingReport report, List<String> bucketLabels, Msg t, Instant now) {
    var h = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4 landscape; margin: 14mm; }
        body { font-family: sans-serif; font-size: 9pt; color: #1d273b; }
        h1 { font-size: 15pt; margin: 0; } .muted { color: #667382; }
        table { width: 100%; border-collapse: collapse; margin-top: 8pt; }
        th, td { border: 0.5pt solid #c8ced6; padding: 3pt 4pt; } th { background: #f1f3f5; text-align: left; }
        td.n, th.n { text-align: right; } tr.total td { font-weight: bold; background: #f8f9fa; }
        </style></head><body>""");
    h.append("<h1>").append(esc(t.get("factory.fin.export.ageingTitle"))).append("</h1>")
        .append("<p class=\"muted\">").append(esc(t.get("factory.fin.export.asOf", Formats.date(report.asOf()))))
        .append(" &#183; ").append(esc(Formats.wibDateTime(now))).append("</p>");
    h.append("<p class=\"muted\">").append(esc(t.get("factory.fin.page.ageingHint"))).append("</p>");
    h.append("<table><thead><tr><th>").append(esc(t.get("factory.fin.page.party.ar"))).append("</th>");
    for (var label : bucketLabels) h.append("<th class=\"n\">").append(esc(label)).append("</th>");
    h.append("<th class=\"n\">").append(esc(t.get("factory.fin.export.total"))).append("</th><th class=\"n\">")
        .append(esc(t.get("factory.fin.export.documents"))).append("</th></tr></thead><tbody>");
    for (var r : report.rows()) row(h, r.partyCode() + " - " + r.partyName(), r, "");
    row(h, t.get("factory.fin.export.total"), report.totals(), " class=\"total\"");
    h.append("</tbody></table></body></html>");
    var out = new ByteArrayOutputStream();
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(h.toString(), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void row(StringBuilder h, String party, AgeingReport.Row r, String css) {
    h.append("<tr").append(css).append("><td>").append(esc(party)).append("</td>");
    for (BigDecimal v : r.buckets()) h.append("<td class=\"n\">").append(esc(Formats.rupiah(v))).append("</td>");
    h.append("<td class=\"n\">").append(esc(Formats.rupiah(r.total()))).append("</td><td class=\"n\">")
        .append(r.documents()).append("</td></tr>");
  }

  /** HTML-escaped; en dashes become hyphens (the standard PDF fonts have no glyph for them). */
  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s.replace('\u2013', '-'));
  }
}
