package io.kelola.shared.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: resolved from the session cookie or bearer token on every request.
 *
 * @param userId internal id, for foreign keys (created_by…) — never shown to clients
 * @param userUuid public id
 * @param sessionId internal id of the {@code adm_session} row the request rides on
 */
public record KelolaPrincipal(
    long userId,
    UUID userUuid,
    String username,
    String displayName,
    String roleCode,
    Set<String> permissions,
    long sessionId,
    UUID sessionUuid) {

  public KelolaPrincipal {
    permissions = Set.copyOf(permissions);
  }

  public boolean can(String permission) {
    return permissions.contains(permission);
  }
}
