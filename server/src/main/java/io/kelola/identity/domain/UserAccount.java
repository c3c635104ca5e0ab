package io.kelola.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code adm_user} with its role, as the identity services need it. */
public record UserAccount(
    long id,
    UUID uuid,
    String username,
    String email,
    String fullName,
    String passwordHash,
    long roleId,
    String roleCode,
    String roleName,
    boolean active,
    boolean demo,
    int failedLoginCount,
    Instant lockedUntil,
    Instant lastLogin,
    Instant passwordChangedAt,
    String oidcSubject,
    Instant createdAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public String displayName() {
    return fullName == null || fullName.isBlank() ? username : fullName;
  }

  /** What the audit log keeps of a user: never the password hash. */
  public java.util.Map<String, Object> snapshot() {
    var m = new java.util.LinkedHashMap<String, Object>();
    m.put("username", username);
    m.put("email", email);
    m.put("full_name", fullName);
    m.put("role", roleCode);
    m.put("is_active", active);
    m.put("locked_until", lockedUntil == null ? null : lockedUntil.toString());
    return m;
  }
}
