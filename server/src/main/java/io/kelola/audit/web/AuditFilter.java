package io.kelola.audit.web;

import io.kelola.audit.AuditQuery;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import io.kelola.shared.web.PageQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The audit viewer's filters exactly as given in the query string ({@code user, action, entity,
 * from, to} plus paging). Dates are {@code yyyy-MM-dd} days in WIB; {@code to} covers its whole
 * day. Template view model, also used by the API and the exports.
 */
public record AuditFilter(
    String user, String action, String entity, String from, String to, String sort, String dir, int page, int size) {

  public AuditFilter {
    user = clean(user);
    action = clean(action);
    entity = clean(entity);
    from = clean(from);
    to = clean(to);
    sort = sort != null && AuditTrail.SORTS.containsKey(sort) ? sort : null;
    dir = "desc".equalsIgnoreCase(dir) ? "desc" : sort == null ? null : "asc";
    page = Math.max(1, page);
    size = Math.min(PageQuery.MAX_SIZE, size < 1 ? 20 : size);
  }

  static AuditFilter of(String user, String action, String entity, String from, String to, String sort, String dir,
      Integer page, Integer size) {
    return new AuditFilter(user, action, entity, from, to, sort, dir, page == null ? 1 : page, size == null ? 20 : size);
  }

  /** Field → message key of every filter that cannot be used; empty when all are fine. */
  public Map<String, String> problems() {
    var found = new LinkedHashMap<String, String>();
    var f = day(from);
    var t = day(to);
    if (from != null && f == null) found.put("from", "audit.date.invalid");
    if (to != null && t == null) found.put("to", "audit.date.invalid");
    if (f != null && t != null && f.isAfter(t)) found.put("to", "audit.date.range");
    return found;
  }

  /** Throws the first problem as a 400 (for API callers and exports). */
  void requireValid() {
    problems().entrySet().stream().findFirst().ifPresent(e -> {
      throw BusinessRuleException.invalid(e.getKey(), e.getValue());
    });
  }

  /** The query for {@link AuditTrail}: {@code to} becomes the start of the next WIB day (exclusive). */
  AuditQuery query() {
    var f = day(from);
    var t = day(to);
    return new AuditQuery(user, action, entity, f == null ? null : f.atStartOfDay(Formats.WIB).toInstant(),
        t == null ? null : t.plusDays(1).atStartOfDay(Formats.WIB).toInstant());
  }

  PageQuery pageQuery() {
    return PageQuery.of(page, size, sort, dir, null);
  }

  /** The filters (not paging or order) as a query string, for export links. */
  public String filterQuery() {
    var q = new StringJoiner("&");
    add(q, "user", user);
    add(q, "action", action);
    add(q, "entity", entity);
    add(q, "from", from);
    add(q, "to", to);
    return q.toString();
  }

  /** The viewer URL for another page of the same list. */
  public String pageLink(int newPage) {
    var q = new StringJoiner("&");
    q.add(filterQuery());
    add(q, "sort", sort);
    add(q, "dir", dir);
    q.add("page=" + newPage);
    return "/admin/audit?" + q.toString().replaceFirst("^&", "");
  }

  /** The viewer URL sorted by {@code key}; the same key again flips the direction. */
  public String sortLink(String key) {
    var nextDir = key.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
    var q = new StringJoiner("&");
    q.add(filterQuery());
    q.add("sort=" + key);
    q.add("dir=" + nextDir);
    return "/admin/audit?" + q.toString().replaceFirst("^&", "");
  }

  /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
  public String ariaSort(String key) {
    if (sort == null) return "time".equals(key) ? "descending" : "none";
    if (!sort.equals(key)) return "none";
    return "desc".equals(dir) ? "descending" : "ascending";
  }

  public boolean hasAny() {
    return !filterQuery().isEmpty();
  }

  /** Filters as recorded in the audit row of an export. */
  Map<String, String> asMap() {
    var m = new LinkedHashMap<String, String>();
    m.put("user", user);
    m.put("action", action);
    m.put("entity", entity);
    m.put("from", from);
    m.put("to", to);
    return m;
  }

  private static LocalDate day(String s) {
    if (s == null) return null;
    try {
      var d = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      return d.getYear() >= 1 && d.getYear() <= 9999 ? d : null; // what the database can store
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void add(StringJoiner q, String name, String value) {
    if (value != null) q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  /** Trimmed, without control characters (PostgreSQL refuses NUL in text), at most 200 chars. */
  private static String clean(String s) {
    if (s == null) return null;
    var v = s.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    if (v.isEmpty()) return null;
    return v.length() > 200 ? v.substring(0, 200) : v;
  }
}
