package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the AI's measurements into the job's outcome (seed 000 QC): FAIL when a photo is unreadable
 * or a measure breaks the spec with confidence; REVIEW when a measure is borderline (within the
 * configured margin of its limit) or its confidence is low; PASS only when every check passes with
 * high confidence. The reasons name each measure so the supervisor sees why.
 */
final class QcVerdict {

  record Outcome(String value, List<String> reasons) {

    String status() {
      return switch (value) {
        case "PASS" -> "COMPLETED";
        case "REVIEW" -> "NEEDS_REVIEW";
        default -> "FAILED";
      };
    }

    String reasonText() {
      return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
  }

  private QcVerdict() {}

  static Outcome judge(QcSpec spec, List<PhotoFindings> photos, Set<String> rejectClasses, BigDecimal borderline) {
    var fails = new ArrayList<String>();
    var reviews = new ArrayList<String>();
    double minConf = spec.minConfidence().doubleValue();
    double margin = 1 - borderline.doubleValue();
    for (var p : photos) {
      var at = "foto " + p.seq() + ": ";
      if (p.error() != null) {
        fails.add(at + "tidak terbaca (" + p.error() + ")");
        continue;
      }
      measure(at + "ΔE2000", p.deltaE(), spec.deMax().doubleValue(), p.colourConfidence(), minConf, margin, fails, reviews);
      measure(at + "kekeruhan", p.haze(), spec.hazeMax().doubleValue(), p.hazeConfidence(), minConf, margin, fails, reviews);
      measure(at + "partikel", p.particles(), spec.particleMax(), p.particleConfidence(), minConf, margin, fails, reviews);
      for (var d : p.detections()) {
        if (!rejectClasses.contains(d.className())) continue;
        var what = at + d.className() + " (" + Math.round(d.confidence() * 100) + "%)";
        (d.confidence() >= minConf ? fails : reviews).add(what);
      }
    }
    if (!fails.isEmpty()) return new Outcome("FAIL", fails);
    if (!reviews.isEmpty()) return new Outcome("REVIEW", reviews);
    return new Outcome("PASS", List.of());
  }

  private static void measure(String what, double value, double limit, double confidence, double minConf,
      double margin, List<String> fails, List<String> reviews) {
    var text = what + " " + round(value) + " (maks. " + round(limit) + ")";
    if (value > limit) {
      (confidence >= minConf ? fails : reviews).add(text);
    } else if (value > limit * margin) {
      reviews.add(text + " mendekati batas");
    } else if (confidence < minConf) {
      reviews.add(what + " keyakinan rendah " + Math.round(confidence * 100) + "%");
    }
  }

  private static String round(double v) {
    return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
