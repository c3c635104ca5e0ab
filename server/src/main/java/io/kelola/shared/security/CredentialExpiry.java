package io.kelola.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * When the credential of the current request stops being accepted, for requests that outlive it
 * (event streams): an access token's expiry. Cookie sessions have none of their own; the session's
 * validity decides.
 */
public final class CredentialExpiry {

  private static final String ATTRIBUTE = CredentialExpiry.class.getName();

  private CredentialExpiry() {}

  public static void set(HttpServletRequest request, Instant expiresAt) {
    request.setAttribute(ATTRIBUTE, expiresAt);
  }

  /** The expiry the authentication recorded, or null when the credential has none. */
  public static Instant of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Instant at ? at : null;
  }
}
