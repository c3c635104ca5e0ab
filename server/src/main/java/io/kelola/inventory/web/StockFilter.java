package io.kelola.inventory.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Filters of the stock list and its export. {@code summary} aggregates locations and lots into one
 * row per item × warehouse (the seed's t_inv view); otherwise one row per balance.
 */
public record StockFilter(String q, String wh, String loc, String lot, String category, String status, boolean hideZero,
    boolean summary) {

  static final Set<String> STATUSES = Set.of("OK", "LOW", "OVERSOLD");
  static final Set<String> CATEGORIES =
      Set.of("Finished Goods", "Raw Material", "WIP", "Component", "Part", "Consumable", "Service");

  static StockFilter of(String q, String wh, String loc, String lot, String category, String status, String hideZero,
      String view) {
    return new StockFilter(ReadFilters.text(q, "q"), ReadFilters.code(wh, "wh"), ReadFilters.code(loc, "loc"),
        ReadFilters.code(lot, "lot"), ReadFilters.exact(category, "category", CATEGORIES),
        ReadFilters.oneOf(status, "status", STATUSES), ReadFilters.flag(hideZero, "hideZero"),
        "SUMMARY".equals(ReadFilters.oneOf(view, "view", Set.of("SUMMARY", "DETAIL"))));
  }

  /** The filters as URL parameters (list links, export links, the export's audit record). */
  Map<String, String> asParams() {
    var m = new LinkedHashMap<String, String>();
    m.put("q", q);
    m.put("wh", wh);
    m.put("loc", loc);
    m.put("lot", lot);
    m.put("category", category);
    m.put("status", status);
    m.put("hideZero", hideZero ? "true" : null);
    m.put("view", summary ? "summary" : null);
    return m;
  }
}
