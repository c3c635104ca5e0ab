package io.kelola.extracts.web;

import io.kelola.extracts.domain.QcSpec;
import io.kelola.extracts.domain.QcSpecDraft;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A new QC spec version as typed: numbers kept as text so a typo re-renders, a fixed number of lab
 * limit rows (blank rows are ignored), checks one per line.
 */
public record SpecForm(String item, String market, String refL, String refA, String refB, String deMax,
    String hazeMax, String particleMax, String minParticleArea, String minConfidence, List<LimitRow> limits,
    String checks, String method) {

  /** Lab limit rows the form offers. */
  public static final int ROWS = 5;

  public static final List<String> MARKETS = List.of("DOMESTIC", "EXPORT");

  public record LimitRow(String code, String name, String unit, String min, String max, String method) {

    static final LimitRow BLANK = new LimitRow("", "", "", "", "", "");

    boolean blank() {
      return (code + name + unit + min + max + method).isBlank();
    }
  }

  public static SpecForm empty() {
    return new SpecForm("", "DOMESTIC", "", "", "", "", "", "", "9", "0,7", pad(List.of()), "", "");
  }

  /** The form prefilled from a published version, to start the next one from it. */
  public static SpecForm of(QcSpec s) {
    var rows = s.labLimits().stream().map(l -> new LimitRow(l.code(), l.name(), nz(l.unit()), num(l.min()), num(l.max()),
        nz(l.method()))).toList();
    return new SpecForm(s.item(), s.market(), num(s.refL()), num(s.refA()), num(s.refB()), num(s.deMax()),
        num(s.hazeMax()), String.valueOf(s.particleMax()), String.valueOf(s.minParticleArea()), num(s.minConfidence()),
        pad(rows),
        String.join("\n", s.checks()), nz(s.method()));
  }

  static SpecForm from(HttpServletRequest r) {
    var rows = new ArrayList<LimitRow>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new LimitRow(at(r, "limitCode", i), at(r, "limitName", i), at(r, "limitUnit", i), at(r, "limitMin", i),
          at(r, "limitMax", i), at(r, "limitMethod", i)));
    }
    return new SpecForm(p(r, "item"), p(r, "market"), p(r, "refL"), p(r, "refA"), p(r, "refB"), p(r, "deMax"),
        p(r, "hazeMax"), p(r, "particleMax"), p(r, "minParticleArea"), p(r, "minConfidence"), rows, p(r, "checks"), p(r, "method"));
  }

  /** What the service validates; unreadable numbers are refused here, on their field. */
  QcSpecDraft draft() {
    var out = new ArrayList<QcSpec.LabLimit>();
    for (var row : limits) {
      if (row.blank()) continue;
      out.add(new QcSpec.LabLimit(row.code().toUpperCase(Locale.ROOT), row.name(), blankToNull(row.unit()),
          BoardValues.decimal("labLimits", row.min()), BoardValues.decimal("labLimits", row.max()),
          blankToNull(row.method())));
    }
    var lines = Arrays.stream(checks.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new QcSpecDraft(item, market, BoardValues.decimal("refL", refL), BoardValues.decimal("refA", refA),
        BoardValues.decimal("refB", refB), BoardValues.decimal("deMax", deMax), BoardValues.decimal("hazeMax", hazeMax),
        BoardValues.integer("particleMax", particleMax), BoardValues.integer("minParticleArea", minParticleArea),
        BoardValues.decimal("minConfidence", minConfidence), out, lines,
        blankToNull(method));
  }

  private static List<LimitRow> pad(List<LimitRow> rows) {
    var out = new ArrayList<>(rows.subList(0, Math.min(rows.size(), ROWS)));
    while (out.size() < ROWS) out.add(LimitRow.BLANK);
    return List.copyOf(out);
  }

  private static String p(HttpServletRequest r, String name) {
    return BoardValues.trim(r.getParameter(name));
  }

  // read by index, never through a converter: a single value containing a comma must stay whole
  private static String at(HttpServletRequest r, String name, int i) {
    var values = r.getParameterValues(name);
    return values == null || i >= values.length ? "" : BoardValues.trim(values[i]);
  }

  private static String num(java.math.BigDecimal d) {
    return d == null ? "" : BoardValues.qty(d).replace(".", "");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
