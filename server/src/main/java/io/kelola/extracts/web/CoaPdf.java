package io.kelola.extracts.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kelola.extracts.domain.PhotoResult;
import io.kelola.extracts.domain.QcJob;
import io.kelola.extracts.domain.QcSpec;
import io.kelola.extracts.domain.SariLot;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Certificate of Analysis of an approved lot (seed 000): the lot, each result beside its limit and
 * method, the approver and the time of the electronic signature. XHTML rendered with the PDF
 * standard fonts.
 */
final class CoaPdf {

  private CoaPdf() {}

  static byte[] render(SariLot lot, QcJob job, QcSpec spec, List<PhotoResult> results, Msg t, Instant now) {
    var h = new StringBuilder("""
        <!DOCTYPE html><html><head><meta charset="utf-8"/><style>
        @page { size: A4; margin: 16mm; }
        body { font-family: sans-serif; font-size: 10pt; color: #1d273b; }
        h1 { font-size: 16pt; margin: 0; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
        table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #c8ced6; padding: 3pt 5pt; text-align: left; }
        th { background: #f1f3f5; } .muted { color: #667382; } .pass { color: #2f7d32; } .fail { color: #c62828; }
        </style></head><body>""");
    h.append("<h1>").append(esc(t.get("sari.coa.title"))).append("</h1>")
        .append("<p class=\"muted\">").append(esc(t.get("sari.coa.generated", Formats.wibDateTime(now)))).append("</p>");
    h.append("<table><tbody>");
    row(h, t.get("sari.lot.code"), lot.lotCode());
    row(h, t.get("sari.lot.item"), lot.item() + " - " + lot.itemName());
    row(h, t.get("sari.lot.vendor"), lot.vendor() + " - " + lot.vendorName());
    row(h, t.get("sari.lot.supplierLot"), lot.supplierLot());
    row(h, t.get("sari.lot.qty"), plain(lot.qty()) + " " + lot.uom());
    row(h, t.get("sari.lot.harvestDate"), Formats.date(lot.harvestDate()));
    row(h, t.get("sari.lot.expDate"), Formats.date(lot.expDate()));
    row(h, t.get("sari.lot.market"), t.get("sari.market." + lot.market()));
    row(h, t.get("sari.coa.spec"), "v" + spec.version() + " - " + spec.method());
    h.append("</tbody></table>");

    h.append("<h2>").append(esc(t.get("sari.coa.results"))).append("</h2><table><thead><tr>");
    for (var c : List.of("test", "result", "limit", "method", "verdict")) {
      h.append("<th>").append(esc(t.get("sari.coa.col." + c))).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    var ai = t.get("sari.coa.method.ai", job.modelVersion() == null ? "-" : job.modelVersion());
    result(h, t, t.get("sari.measure.deltaE"), max(results, PhotoResult::deltaE), "≤ " + plain(spec.deMax()), ai,
        pass(max(results, PhotoResult::deltaE), spec.deMax()));
    result(h, t, t.get("sari.measure.haze"), max(results, PhotoResult::haze), "≤ " + plain(spec.hazeMax()), ai,
        pass(max(results, PhotoResult::haze), spec.hazeMax()));
    var particles = results.stream().map(PhotoResult::particles).filter(java.util.Objects::nonNull).max(Integer::compare)
        .map(BigDecimal::valueOf).orElse(null);
    result(h, t, t.get("sari.measure.particles"), particles, "≤ " + spec.particleMax(), ai,
        pass(particles, BigDecimal.valueOf(spec.particleMax())));
    for (var limit : spec.labLimits()) {
      var entry = job.labValues() == null ? null : job.labValues().get(limit.code());
      var value = entry instanceof Map<?, ?> m && m.get("value") != null ? new BigDecimal(m.get("value").toString()) : null;
      var bounds = (limit.min() == null ? "" : "≥ " + plain(limit.min()) + " ") + (limit.max() == null ? "" : "≤ " + plain(limit.max()));
      result(h, t, limit.name() + (limit.unit() == null ? "" : " (" + limit.unit() + ")"), value, bounds.trim(),
          limit.method() == null ? "-" : limit.method(), value != null && limit.passes(value));
    }
    for (var check : spec.checks()) {
      boolean ok = job.checkResults() != null && Boolean.TRUE.equals(job.checkResults().get(check));
      h.append("<tr><td>").append(esc(check)).append("</td><td>").append(esc(t.get(ok ? "sari.coa.conforms" : "sari.coa.notConforms")))
          .append("</td><td>-</td><td>").append(esc(t.get("sari.coa.method.visual"))).append("</td>")
          .append(verdict(t, ok)).append("</tr>");
    }
    h.append("</tbody></table>");
    h.append("<h2>").append(esc(t.get("sari.coa.approval"))).append("</h2><table><tbody>");
    row(h, t.get("sari.coa.approver"), job.reviewer());
    row(h, t.get("sari.coa.signedAt"), job.reviewedAt() == null ? "-" : Formats.wibDateTime(job.reviewedAt()));
    row(h, t.get("sari.coa.signature"), job.signatureMeaning() + " / " + job.uuid());
    h.append("</tbody></table></body></html>");
    var out = new ByteArrayOutputStream();
    var builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(h.toString(), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static BigDecimal max(List<PhotoResult> results, java.util.function.Function<PhotoResult, BigDecimal> f) {
    return results.stream().map(f).filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
  }

  private static boolean pass(BigDecimal value, BigDecimal max) {
    return value != null && value.compareTo(max) <= 0;
  }

  private static void result(StringBuilder h, Msg t, String test, BigDecimal value, String limit, String method,
      boolean ok) {
    h.append("<tr><td>").append(esc(test)).append("</td><td>").append(esc(value == null ? "-" : plain(value)))
        .append("</td><td>").append(esc(limit)).append("</td><td>").append(esc(method)).append("</td>")
        .append(verdict(t, ok)).append("</tr>");
  }

  private static String verdict(Msg t, boolean ok) {
    return "<td class=\"" + (ok ? "pass" : "fail") + "\">" + esc(t.get(ok ? "sari.coa.pass" : "sari.coa.fail")) + "</td>";
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String plain(BigDecimal v) {
    return v.setScale(Math.min(Math.max(v.scale(), 0), 3), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** XHTML-safe text; characters the PDF standard fonts cannot draw are replaced (≤ and ≥ spelled out). */
  private static String esc(String s) {
    if (s == null) return "";
    var clean = s.replace("≤", "<=").replace("≥", ">=").replace("Δ", "d").codePoints()
        .map(c -> c < 0x20 ? ' ' : c > 0xFF ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return HtmlUtils.htmlEscapeDecimal(clean);
  }
}
