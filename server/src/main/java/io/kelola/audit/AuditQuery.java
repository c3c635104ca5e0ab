package io.kelola.audit;

import java.time.Instant;

/** Filters of the audit log viewer; null or blank means "any". {@code to} is exclusive. */
public record AuditQuery(String username, String action, String entityType, Instant from, Instant to) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }
}
