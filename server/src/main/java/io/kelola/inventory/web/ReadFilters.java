package io.kelola.inventory.web;

import io.kelola.shared.web.BusinessRuleException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strict parsing of list filters: a value that cannot be valid is a 400 naming the field (never a
 * 500 and never silently ignored, so a typo in an export URL does not export everything).
 */
final class ReadFilters {

  private ReadFilters() {}

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9 ._/-]{0,38}[A-Za-z0-9._/-])?");

  /** A master code or lot number (inner spaces allowed, as on some supplier labels), or null when blank. */
  static String code(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    var v = raw.strip();
    if (!CODE.matcher(v).matches()) throw BusinessRuleException.invalid(field, "inv.filter.invalid", field);
    return v;
  }

  /** One of the allowed values (case-insensitive, returned upper case), or null when blank. */
  static String oneOf(String raw, String field, Set<String> allowed) {
    if (raw == null || raw.isBlank()) return null;
    var v = raw.strip().toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) throw BusinessRuleException.invalid(field, "inv.filter.invalid", field);
    return v;
  }

  /** Exact match against a list kept in its own case (item categories). */
  static String exact(String raw, String field, Set<String> allowed) {
    if (raw == null || raw.isBlank()) return null;
    var v = raw.strip();
    if (!allowed.contains(v)) throw BusinessRuleException.invalid(field, "inv.filter.invalid", field);
    return v;
  }

  /** Free search text: NUL stripped (PostgreSQL refuses it), at most 100 characters. */
  static String text(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    var v = raw.replace("\0", "").strip();
    if (v.length() > 100) throw BusinessRuleException.invalid(field, "inv.filter.tooLong", field, 100);
    return v.isEmpty() ? null : v;
  }

  static boolean flag(String raw, String field) {
    if (raw == null || raw.isBlank()) return false;
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "on", "yes" -> true;
      case "false", "0", "off", "no" -> false;
      default -> throw BusinessRuleException.invalid(field, "inv.filter.invalid", field);
    };
  }

  /** An ISO date ({@code 2026-11-21}) read as a WIB calendar day, or null when blank. */
  static LocalDate date(String raw, String field) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw BusinessRuleException.invalid(field, "inv.filter.date", field);
    }
  }

  static UUID uuidOrNotFound(String raw) {
    try {
      if (raw != null && raw.length() == 36) return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      // falls through: a malformed id names no lot
    }
    throw BusinessRuleException.notFound("inv.lot.notFound");
  }

  /** Page sizes above 100 are refused rather than silently capped. */
  static Integer size(String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      int n = Integer.parseInt(raw.strip());
      if (n < 1 || n > 100) throw BusinessRuleException.invalid("size", "inv.filter.size", 100);
      return n;
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid("size", "inv.filter.invalid", "size");
    }
  }

  static Integer page(String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      int n = Integer.parseInt(raw.strip());
      if (n < 1) throw BusinessRuleException.invalid("page", "inv.filter.invalid", "page");
      return n;
    } catch (NumberFormatException e) {
      throw BusinessRuleException.invalid("page", "inv.filter.invalid", "page");
    }
  }
}
