package io.kelola.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings ({@code kelola.identity.*}); defaults follow seed 002 §1.7 and §3.
 *
 * @param rotationGrace how long a rotated browser credential still works, so requests already in
 *     flight when the heartbeat rotates it do not fail
 */
@ConfigurationProperties("kelola.identity")
public record IdentityProperties(
    int passwordMinLength,
    int maxFailedLogins,
    Duration lockout,
    Duration sessionIdleTimeout,
    Duration sessionAbsoluteTimeout,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    Duration rotationGrace,
    boolean secureCookies,
    Oidc oidc,
    FirstAdmin firstAdmin) {

  public IdentityProperties {
    if (passwordMinLength < 8) passwordMinLength = 12;
    if (maxFailedLogins < 1) maxFailedLogins = 5;
    if (lockout == null) lockout = Duration.ofMinutes(30);
    if (sessionIdleTimeout == null) sessionIdleTimeout = Duration.ofMinutes(30);
    if (sessionAbsoluteTimeout == null) sessionAbsoluteTimeout = Duration.ofHours(12);
    if (accessTokenTtl == null) accessTokenTtl = Duration.ofMinutes(15);
    if (refreshTokenTtl == null) refreshTokenTtl = Duration.ofDays(7);
    if (rotationGrace == null) rotationGrace = Duration.ofSeconds(30);
    if (oidc == null) oidc = new Oidc(false, "oidc");
    if (firstAdmin == null) firstAdmin = new FirstAdmin(null, null, null);
  }

  /**
   * The system administrator created on start-up when no active SYSADMIN exists yet (production's
   * first login). Ignored once one exists; unset by default.
   */
  public record FirstAdmin(String username, String email, String password) {
    public boolean configured() {
      return username != null && !username.isBlank();
    }
  }

  /** @param registrationId the Spring OAuth2 client registration used for "Sign in with SSO" */
  public record Oidc(boolean enabled, String registrationId) {
    public Oidc {
      if (registrationId == null || registrationId.isBlank()) registrationId = "oidc";
    }
  }
}
