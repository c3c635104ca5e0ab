package io.kelola.web;

import io.kelola.shared.web.PageQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links of a list page (sort headers, pager) that keep the current search and filters, so every
 * state of the list is a shareable URL. Template view model.
 */
public record ListLinks(String path, Map<String, String> filters, PageQuery query) {

  private static final int DEFAULT_SIZE = 20;

  public ListLinks {
    var kept = new LinkedHashMap<String, String>();
    filters.forEach((k, v) -> {
      if (v != null && !v.isBlank()) kept.put(k, v);
    });
    filters = java.util.Collections.unmodifiableMap(kept);
  }

  public String page(int n) {
    return url(query.sort(), query.descending(), n);
  }

  /** Sorting by a column: ascending first, a second click on the same column flips to descending. */
  public String sortBy(String key) {
    return url(key, key.equals(query.sort()) && !query.descending(), 1);
  }

  /** Tabler's {@code table-sort} state class for a column header. */
  public String sortClass(String key) {
    if (!key.equals(query.sort())) return "";
    return query.descending() ? "desc" : "asc";
  }

  public String ariaSort(String key) {
    if (!key.equals(query.sort())) return "none";
    return query.descending() ? "descending" : "ascending";
  }

  public String sort() {
    return sorted() ? query.sort() : "";
  }

  public String dir() {
    return !sorted() ? "" : query.descending() ? "desc" : "asc";
  }

  private boolean sorted() {
    return query.sort() != null && !query.sort().isBlank();
  }

  private String url(String sort, boolean descending, int page) {
    var params = new StringJoiner("&");
    filters.forEach((k, v) -> params.add(k + "=" + enc(v)));
    if (sort != null && !sort.isBlank()) {
      params.add("sort=" + enc(sort));
      params.add("dir=" + (descending ? "desc" : "asc"));
    }
    if (query.size() != DEFAULT_SIZE) params.add("size=" + query.size());
    if (page > 1) params.add("page=" + page);
    return params.length() == 0 ? path : path + "?" + params;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Search text as the database can take it: PostgreSQL refuses NUL characters in text parameters. */
  public static String searchText(String raw) {
    return raw == null ? null : raw.replace("\0", "");
  }

  /** A role code filter, or null when the value cannot be a role code at all. */
  public static String roleCode(String raw) {
    if (raw == null || raw.isBlank()) return null;
    var code = raw.strip();
    return code.matches("[A-Za-z0-9_]{1,40}") ? code : null;
  }

  /** Lenient number parsing for page URLs: garbage means "use the default", never an error. */
  public static Integer intOrNull(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 9) return null;
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
