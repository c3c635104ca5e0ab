package io.kelola.extracts.domain;

import io.kelola.shared.web.BusinessRuleException;

/** Free-text input rules shared by the SARI use cases: trimmed, bounded, no control characters. */
final class Text {

  private Text() {}

  static String required(String field, String value, int max) {
    var v = optional(field, value, max);
    if (v == null) throw BusinessRuleException.invalid(field, "sari.field.required");
    return v;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) return null;
    var v = value.strip();
    if (v.length() > max) throw BusinessRuleException.invalid(field, "sari.field.tooLong", max);
    if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw BusinessRuleException.invalid(field, "sari.field.control");
    }
    return v;
  }
}
