package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** A user as the admin console and API show it: no hash, no internal id. */
public record UserView(
    UUID uuid,
    String username,
    String email,
    @JsonProperty("full_name") String fullName,
    String role,
    @JsonProperty("role_name") String roleName,
    @JsonProperty("is_active") boolean active,
    @JsonProperty("is_locked") boolean locked,
    @JsonProperty("failed_login_count") int failedLoginCount,
    @JsonProperty("locked_until") Instant lockedUntil,
    @JsonProperty("last_login") Instant lastLogin,
    @JsonProperty("created_at") Instant createdAt) {

  static UserView of(UserAccount u, Instant now) {
    return new UserView(u.uuid(), u.username(), u.email(), u.fullName(), u.roleCode(), u.roleName(), u.active(),
        u.lockedAt(now), u.failedLoginCount(), u.lockedAt(now) ? u.lockedUntil() : null, u.lastLogin(), u.createdAt());
  }
}
