package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserService;
import io.kelola.support.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tier 2 of the session recovery with SSO: {@code /auth/login?silent=1} runs a {@code prompt=none}
 * round trip and the frame ends on a report page saying "renewed" or "failed", never on a login page.
 */
class OidcSilentRenewTest extends OidcTestBase {

  @Autowired UserService users;
  @Autowired MeterRegistry registry;
  @Autowired MutableClock clock;

  @Test
  void aLiveProviderSessionRenewsSilentlyAndTheFrameReportsRenewed() {
    var name = "silent" + ThreadLocalRandom.current().nextInt(1_000_000);
    var user = users.create(new NewUser(name, name + "@example.test", "SSO " + name, "STAFF_SALES", "Rahasia-Kuat-2026!"));
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + name, "JWT", List.of(CLIENT_ID),
        Map.of("email", user.email(), "email_verified", true), 3600));
    var frame = new Browser();

    var authorize = frame.startSilent();
    var provider = frame.get(authorize);
    assertThat(provider.statusCode()).isEqualTo(302);
    clock.advance(Duration.ofSeconds(90)); // our clock runs 90 s ahead of the provider's
    HttpResponse<String> done;
    try {
      done = frame.get(provider.headers().firstValue("Location").orElseThrow());
    } finally {
      clock.reset();
    }
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(frame.location(done)).isEqualTo(SilentSso.DONE);
    assertThat(frame.cookie(SessionCookie.NAME)).isNotNull();
    assertThat(frame.cookie(SilentSso.COOKIE)).as("mark used once").isNull();

    var report = frame.get(SilentSso.DONE);
    assertThat(report.body()).contains("data-auth-result=\"renewed\"", "data-auth-target=\"parent\"");
    assertThat(frame.get("/auth/login?silent=1").body()).contains("data-auth-result=\"alive\"");
    // the ID token's iat came from the provider's clock: the provider is about 90 s behind us
    assertThat(registry.get(OidcClockSkew.METRIC).gauge().value()).isBetween(-95.0, -89.0);
  }

  @Test
  void aProviderThatNeedsInteractionEndsTheFrameOnFailedNotOnTheLoginPage() {
    var frame = new Browser();
    var authorize = frame.startSilent();
    var state = URLDecoder.decode(query(authorize, "state"), StandardCharsets.UTF_8);
    // what a provider answers to prompt=none without a session of its own (OIDC Core 3.1.2.6)
    var callback = frame.get("/login/oauth2/code/oidc?error=login_required&state="
        + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(frame.location(callback)).isEqualTo(SilentSso.DONE);
    assertThat(frame.cookie(SessionCookie.NAME)).isNull();
    assertThat(frame.get(SilentSso.DONE).body()).contains("data-auth-result=\"failed\"");
  }

  @Test
  void anSsoSignInFromTheRecoveryPopupReportsToItsOpener() {
    var name = "popup" + ThreadLocalRandom.current().nextInt(1_000_000);
    var user = users.create(new NewUser(name, name + "@example.test", "SSO " + name, "STAFF_SALES", "Rahasia-Kuat-2026!"));
    var popup = new Browser();
    var form = popup.get("/auth/login?popup=1");
    assertThat(form.body()).contains("id=\"login-sso\"");
    assertThat(popup.cookie(SilentSso.COOKIE)).as("popup marked").isNotNull();

    var done = popup.signIn("sub-" + name, Map.of("email", user.email(), "email_verified", true));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(popup.location(done)).isEqualTo(SilentSso.POPUP_DONE);
    assertThat(popup.cookie(SilentSso.COOKIE)).as("mark used once").isNull();
    assertThat(popup.get(SilentSso.POPUP_DONE).body())
        .contains("data-auth-result=\"signed-in\"", "data-auth-target=\"opener\"");
  }

  @Test
  void aRefusedSsoSignInFromThePopupReturnsToItsFormWithTheGenericMessage() {
    var popup = new Browser();
    popup.get("/auth/login?popup=1");
    var done = popup.signIn("sub-nobody-" + ThreadLocalRandom.current().nextInt(1_000_000),
        Map.of("email", "nobody@example.test", "email_verified", true));
    assertThat(popup.location(done)).isEqualTo(SilentSso.POPUP_DONE + "&sso=failed");
    var page = popup.get(popup.location(done));
    assertThat(page.body()).contains("name=\"popup\" value=\"1\"").contains("login-sso-error");
  }

  @Test
  void pagesMayFrameTheProviderForTheSilentRound() {
    var provider = URI.create(PROVIDER.issuerUrl(ISSUER_ID).toString());
    var csp = new Browser().get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("frame-src 'self' http://" + provider.getHost() + ":" + provider.getPort() + ";")
        .contains("default-src 'self'");
  }

  @Test
  void anOrdinarySsoStartDoesNotAskForPromptNone() {
    var start = new Browser().get("/oauth2/authorization/oidc");
    assertThat(start.headers().firstValue("Location").orElseThrow()).doesNotContain("prompt=");
  }

  private static String query(String url, String name) {
    for (var pair : URI.create(url).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
    }
    throw new AssertionError("no " + name + " in " + url);
  }
}
