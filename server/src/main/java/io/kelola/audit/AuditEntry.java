package io.kelola.audit;

/**
 * One auditable action. Snapshots are any JSON-serialisable value (a record, a map) or null.
 *
 * @param action one of {@link AuditActions} or a module's own verb (APPROVE, RELEASE…)
 * @param entityType table name, e.g. {@code adm_user}
 * @param entityId internal id (kept for joins, never shown)
 * @param entityKey public identifier shown to people: uuid, code or username
 */
public record AuditEntry(
    String action, String entityType, Long entityId, String entityKey, Object oldValue, Object newValue) {

  public static AuditEntry of(String action, String entityType, Long entityId, String entityKey) {
    return new AuditEntry(action, entityType, entityId, entityKey, null, null);
  }

  public AuditEntry change(Object before, Object after) {
    return new AuditEntry(action, entityType, entityId, entityKey, before, after);
  }
}
