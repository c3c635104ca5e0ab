/**
 * Audit trail: an append-only record of who did what to which entity, when and from where
 * ({@code log_audit}, seed 002 §1.7.B). Other modules call {@link io.kelola.audit.AuditTrail}
 * inside their own transaction so an audit row exists exactly when the change does. The database
 * refuses UPDATE, DELETE and TRUNCATE on the table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.kelola.audit;
