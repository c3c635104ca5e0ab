package io.kelola.identity.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Gauge {@value #METRIC}: how far the identity provider's clock is ahead of ours (negative: behind),
 * from the {@code iat} of the last ID token seen at an SSO sign-in. A large value explains ID tokens
 * refused as "not yet valid" or expired early. Includes the sign-in's network time (iat is stamped
 * before the callback reaches us) and has one-second resolution. Stays 0 while OIDC is off or
 * before the first SSO sign-in.
 */
@Component
class OidcClockSkew {

  static final String METRIC = "kelola.auth.clock.skew.seconds";

  private final Clock clock;
  private final AtomicLong skewMillis = new AtomicLong();

  OidcClockSkew(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    Gauge.builder(METRIC, skewMillis, m -> m.get() / 1000.0)
        .description("Identity provider clock minus server clock, from the last ID token's iat (0 when OIDC is off)")
        .register(registry);
  }

  /** Records the provider's clock as seen in a token issued at {@code providerNow}. */
  void observe(Instant providerNow) {
    skewMillis.set(Duration.between(clock.instant(), providerNow).toMillis());
  }

  double seconds() {
    return skewMillis.get() / 1000.0;
  }

  /** Wraps the SSO success handler so that every verified ID token updates the gauge first. */
  AuthenticationSuccessHandler observing(AuthenticationSuccessHandler next) {
    return (request, response, auth) -> {
      if (auth.getPrincipal() instanceof OidcUser user && user.getIssuedAt() != null) observe(user.getIssuedAt());
      next.onAuthenticationSuccess(request, response, auth);
    };
  }
}
