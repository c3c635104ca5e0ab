package io.kelola.shared.web;

import java.util.Map;

/**
 * The paging/sorting/search convention of every list (API and pages), documented in docs/api.md:
 * {@code ?page=1&size=20&sort=name&dir=asc&q=text}. Pages are 1-based; size is capped at 100;
 * sort must be one of the list's declared keys, anything else falls back to the default order.
 */
public record PageQuery(int page, int size, String sort, boolean descending, String q) {

  public static final int MAX_SIZE = 100;

  public PageQuery {
    if (page < 1) page = 1;
    if (size < 1) size = 20;
    if (size > MAX_SIZE) size = MAX_SIZE;
    q = q == null ? null : q.strip();
    if (q != null && q.length() > 100) q = q.substring(0, 100);
  }

  public static PageQuery of(Integer page, Integer size, String sort, String dir, String q) {
    return new PageQuery(page == null ? 1 : page, size == null ? 20 : size, sort, "desc".equalsIgnoreCase(dir), q);
  }

  public static PageQuery first(int size) {
    return new PageQuery(1, size, null, false, null);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }

  public boolean hasSearch() {
    return q != null && !q.isEmpty();
  }

  /** {@code %q%} with LIKE wildcards escaped, for {@code ILIKE :pattern}. */
  public String likePattern() {
    return "%" + (q == null ? "" : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
  }

  /** An ORDER BY clause built only from whitelisted columns. */
  public String orderBy(Map<String, String> allowed, String defaultOrder) {
    var column = sort == null ? null : allowed.get(sort);
    if (column == null) return " ORDER BY " + defaultOrder;
    return " ORDER BY " + column + (descending ? " DESC" : " ASC") + ", id";
  }

  public PageQuery withPage(int newPage) {
    return new PageQuery(newPage, size, sort, descending, q);
  }
}
