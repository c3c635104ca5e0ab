package io.kelola.inventory.web;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Filters of the move history; dates are WIB calendar days, both ends inclusive. */
public record MoveFilter(String item, String wh, String lot, String type, String reason, String doc, LocalDate from,
    LocalDate to) {

  static final Set<String> TYPES = Set.of("IN", "OUT", "TRANSFER", "ADJUST");

  static MoveFilter of(String item, String wh, String lot, String type, String reason, String doc, String from,
      String to) {
    var f = new MoveFilter(ReadFilters.code(item, "item"), ReadFilters.code(wh, "wh"), ReadFilters.code(lot, "lot"),
        ReadFilters.oneOf(type, "type", TYPES), ReadFilters.code(reason, "reason"), ReadFilters.text(doc, "doc"),
        ReadFilters.date(from, "from"), ReadFilters.date(to, "to"));
    if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
      throw BusinessRuleException.invalid("to", "inv.filter.dateRange");
    }
    return f;
  }

  Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(Formats.WIB).toInstant();
  }

  /** Exclusive end: the start of the day after {@code to}, in WIB. */
  Instant toInstantExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay(Formats.WIB).toInstant();
  }

  Map<String, String> asParams() {
    var m = new LinkedHashMap<String, String>();
    m.put("item", item);
    m.put("wh", wh);
    m.put("lot", lot);
    m.put("type", type);
    m.put("reason", reason);
    m.put("doc", doc);
    m.put("from", from == null ? null : from.toString());
    m.put("to", to == null ? null : to.toString());
    return m;
  }

  public String value(String s) {
    return s == null ? "" : s;
  }
}
