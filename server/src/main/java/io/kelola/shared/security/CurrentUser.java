package io.kelola.shared.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the caller of the current request; empty for anonymous calls and background jobs. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<KelolaPrincipal> get() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof KelolaPrincipal p) return Optional.of(p);
    return Optional.empty();
  }

  /** The caller's internal user id, or null (for created_by/updated_by columns). */
  public static Long idOrNull() {
    return get().map(KelolaPrincipal::userId).orElse(null);
  }
}
