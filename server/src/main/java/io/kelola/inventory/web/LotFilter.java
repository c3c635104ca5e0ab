package io.kelola.inventory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Filters of the lot list: search (lot, supplier lot, item), QC status, item code. */
public record LotFilter(String q, String status, String item) {

  static final Set<String> STATUSES = Set.of("QUARANTINE", "RELEASED", "REJECTED", "ON_HOLD");

  static LotFilter of(String q, String status, String item) {
    return new LotFilter(ReadFilters.text(q, "q"), ReadFilters.oneOf(status, "status", STATUSES),
        ReadFilters.code(item, "item"));
  }

  Map<String, String> asParams() {
    var m = new LinkedHashMap<String, String>();
    m.put("q", q);
    m.put("status", status);
    m.put("item", item);
    return m;
  }

  public String value(String s) {
    return s == null ? "" : s;
  }
}
