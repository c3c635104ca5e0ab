package io.kelola.audit.web;

import io.kelola.audit.AuditRecord;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit row on the viewer page, its old/new snapshots pretty-printed so a person can read them.
 * Template view model.
 */
public record AuditRowView(
    Instant createdAt, String username, String action, String entityType, String entityKey, String ipAddress,
    String oldValue, String newValue) {

  static AuditRowView of(AuditRecord r, JsonMapper json) {
    return new AuditRowView(r.createdAt(), r.username(), r.action(), r.entityType(), r.entityKey(), r.ipAddress(),
        pretty(r.oldValue(), json), pretty(r.newValue(), json));
  }

  public boolean hasDetails() {
    return oldValue != null || newValue != null;
  }

  /** Indented JSON when the snapshot is JSON, the text unchanged otherwise. */
  static String pretty(String value, JsonMapper json) {
    if (value == null || value.isBlank()) return null;
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(value));
    } catch (JacksonException e) {
      return value;
    }
  }
}
