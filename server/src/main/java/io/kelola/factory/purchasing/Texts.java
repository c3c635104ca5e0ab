package io.kelola.factory.purchasing;

import io.kelola.shared.web.BusinessRuleException;

/** Free text from requests: trimmed, length-checked, NUL refused (PostgreSQL cannot store it). */
final class Texts {

  private Texts() {}

  static String required(String field, String value, int max) {
    var v = optional(field, value, max);
    if (v == null) throw BusinessRuleException.invalid(field, "factory.po.field.required");
    return v;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) return null;
    var v = value.strip();
    if (v.length() > max) throw BusinessRuleException.invalid(field, "factory.po.field.tooLong", max);
    if (v.indexOf('\0') >= 0) throw BusinessRuleException.invalid(field, "factory.po.field.invalid");
    return v;
  }

  /** A value echoed in a message, cut short so a huge input cannot blow up the answer. */
  static String shown(String value) {
    if (value == null) return "";
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
