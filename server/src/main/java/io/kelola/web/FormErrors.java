package io.kelola.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inline errors of one submitted form: a message per field, plus at most one that belongs to no
 * field (shown above the form). Template view model.
 */
public record FormErrors(Map<String, String> fields, String general) {

  public static final FormErrors NONE = new FormErrors(Map.of(), null);

  public FormErrors {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public boolean any() {
    return !fields.isEmpty() || general != null;
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  public String get(String field) {
    return fields.getOrDefault(field, "");
  }

  /** The Bootstrap class that marks an input as invalid, or nothing. */
  public String css(String field) {
    return has(field) ? "is-invalid" : "";
  }
}
