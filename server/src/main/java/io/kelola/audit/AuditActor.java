package io.kelola.audit;

/** Who an audit row is attributed to when it is not the signed-in caller (e.g. during login). */
public record AuditActor(Long userId, String username) {}
