package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How master values read on pages ({@code Rp10.000}, {@code 1.234,5}, {@code 21-11-2026}) and in forms. */
final class MasterCells {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private MasterCells() {}

  static String display(FieldSpec f, Object value, Msg t) {
    if (value == null) return "";
    return switch (f.type()) {
      case MONEY -> Formats.rupiah((BigDecimal) value);
      case DECIMAL, INTEGER -> number(value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).longValue()));
      case DATE -> DATE.format((LocalDate) value);
      case BOOLEAN -> t.get(Boolean.TRUE.equals(value) ? "master.yes" : "master.no");
      case CHOICE -> choiceLabel(f, value.toString(), t);
      default -> value.toString();
    };
  }

  static String choiceLabel(FieldSpec f, String value, Msg t) {
    return t.getOr("master.choice." + f.name() + "." + value, value);
  }

  /** Indonesian grouping: dot for thousands, comma for decimals, no trailing zeros. */
  static String number(BigDecimal n) {
    var symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    var format = new DecimalFormat("#,##0.####", symbols);
    return format.format(n);
  }

  /** Values as a form shows them again: plain text the validator reads back. */
  static Map<String, String> formValues(Map<String, Object> values) {
    var form = new LinkedHashMap<String, String>();
    values.forEach((k, v) -> form.put(k, v == null ? "" : v instanceof BigDecimal b ? b.stripTrailingZeros()
        .toPlainString() : v.toString()));
    return form;
  }
}
