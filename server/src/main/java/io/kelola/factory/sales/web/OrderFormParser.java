package io.kelola.factory.sales.web;

import io.kelola.factory.sales.SalesOrderRequest;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The order form's fields (line fields repeated per row) as a request. Rows without an item and
 * quantity are spare rows and skipped. A number or date that does not parse is refused with its
 * field when the request is used.
 */
final class OrderFormParser {

  /** What was typed; {@link #request()} refuses unparsable numbers and dates with their field. */
  record Parsed(Map<String, String> values, List<SalesPages.FormLine> lines) {

    SalesOrderRequest request() {
      var out = new ArrayList<SalesOrderRequest.Line>();
      for (int i = 0; i < lines.size(); i++) {
        var l = lines.get(i);
        var f = "lines[" + i + "].";
        out.add(new SalesOrderRequest.Line(l.item(), number(f + "qty", l.qty()), number(f + "unitPrice", l.unitPrice()),
            number(f + "discPct", l.discPct()), l.taxCode()));
      }
      return new SalesOrderRequest(values.get("customer"), date("orderDate", values.get("orderDate")),
          date("deadline", values.get("deadline")), values.get("warehouse"), number("discPct", values.get("discPct")),
          values.get("notes"), out);
    }
  }

  private OrderFormParser() {}

  static Parsed parse(MultiValueMap<String, String> form, String defaultTax) {
    var values = new LinkedHashMap<String, String>();
    for (var key : List.of("customer", "orderDate", "deadline", "warehouse", "discPct", "notes")) {
      values.put(key, first(form, key));
    }
    var items = form.getOrDefault("item", List.of());
    var lines = new ArrayList<SalesPages.FormLine>();
    int rows = Math.min(items.size(), 201);
    for (int i = 0; i < rows; i++) {
      var line = new SalesPages.FormLine(at(form, "item", i), at(form, "qty", i), at(form, "unitPrice", i),
          at(form, "lineDisc", i), at(form, "taxCode", i).isEmpty() ? defaultTax : at(form, "taxCode", i));
      if (line.item().isEmpty() && line.qty().isEmpty()) continue;
      lines.add(line);
    }
    return new Parsed(values, lines);
  }

  static BigDecimal number(String field, String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return new BigDecimal(raw.strip().replace(",", "."));
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid(field, "factory.so.number.invalid");
    }
  }

  static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "factory.so.date.invalid");
    }
  }

  private static String first(MultiValueMap<String, String> form, String key) {
    var v = form.getFirst(key);
    return v == null ? "" : v.strip();
  }

  private static String at(MultiValueMap<String, String> form, String key, int i) {
    var list = form.get(key);
    if (list == null || i >= list.size() || list.get(i) == null) return "";
    return list.get(i).strip();
  }
}
