package io.kelola.audit.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.audit.AuditRecord;
import java.time.Instant;

/** One audit row in the API, with the project's snake_case field names. */
record AuditRow(
    @JsonProperty("created_at") Instant createdAt,
    String username,
    String action,
    @JsonProperty("entity_type") String entityType,
    @JsonProperty("entity_key") String entityKey,
    @JsonProperty("old_value") String oldValue,
    @JsonProperty("new_value") String newValue,
    @JsonProperty("ip_address") String ipAddress) {

  static AuditRow of(AuditRecord r) {
    return new AuditRow(r.createdAt(), r.username(), r.action(), r.entityType(), r.entityKey(), r.oldValue(),
        r.newValue(), r.ipAddress());
  }
}
