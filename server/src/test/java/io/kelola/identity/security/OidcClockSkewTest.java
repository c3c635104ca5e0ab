package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The provider-clock-skew gauge: 0 until an ID token is seen, then iat minus our clock. */
class OidcClockSkewTest {

  private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");

  @Test
  void startsAtZeroAndFollowsTheIssuedAtOfEachVerifiedIdToken() throws Exception {
    var registry = new SimpleMeterRegistry();
    var skew = new OidcClockSkew(registry, Clock.fixed(NOW, ZoneOffset.UTC));
    var gauge = registry.get(OidcClockSkew.METRIC).gauge();
    assertThat(gauge.value()).isZero();

    var delegated = new AtomicBoolean();
    var handler = skew.observing((req, res, auth) -> delegated.set(true));
    handler.onAuthenticationSuccess(null, null, signIn(NOW.plusSeconds(42)));
    assertThat(gauge.value()).isEqualTo(42.0);
    assertThat(delegated).isTrue();

    handler.onAuthenticationSuccess(null, null, signIn(NOW.minusSeconds(7)));
    assertThat(gauge.value()).isEqualTo(-7.0);
  }

  private static OAuth2AuthenticationToken signIn(Instant issuedAt) {
    var token = new OidcIdToken("id-token", issuedAt, issuedAt.plusSeconds(300),
        Map.of("sub", "subject-1", "iss", "https://idp.example", "iat", issuedAt));
    var user = new DefaultOidcUser(List.of(), token);
    return new OAuth2AuthenticationToken(user, List.of(), "kelola");
  }
}
