package io.kelola.audit;

import java.time.Instant;

/** One row of the audit log as people see it (no internal ids). */
public record AuditRecord(
    Instant createdAt,
    String username,
    String action,
    String entityType,
    String entityKey,
    String oldValue,
    String newValue,
    String ipAddress) {}
