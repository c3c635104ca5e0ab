package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserService;
import io.kelola.support.MutableClock;
import io.kelola.support.TestClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tier 2 of the session recovery with SSO: {@code /auth/login?silent=1} runs a {@code prompt=none}
 * round trip and the frame ends on a report page saying "renewed" or "failed", never on a login page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "kelola.db.embedded.ephemeral=true",
        "kelola.demo.enabled=true",
        "kelola.identity.oidc.enabled=true",
        "kelola.identity.oidc.client-id=" + OidcSilentRenewTest.CLIENT_ID,
        "kelola.identity.oidc.client-secret=kelola-test-secret"})
@Import(TestClockConfiguration.class)
class OidcSilentRenewTest {

  static final String CLIENT_ID = "kelola-test";
  static final String ISSUER_ID = "default";
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("kelola.identity.oidc.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired MeterRegistry registry;
  @Autowired MutableClock clock;

  @Test
  void aLiveProviderSessionRenewsSilentlyAndTheFrameReportsRenewed() {
    var name = "silent" + ThreadLocalRandom.current().nextInt(1_000_000);
    var user = users.create(new NewUser(name, name + "@example.test", "SSO " + name, "STAFF_SALES", "Rahasia-Kuat-2026!"));
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + name, "JWT", List.of(CLIENT_ID),
        Map.of("email", user.email(), "email_verified", true), 3600));
    var frame = new Frame();

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
    var frame = new Frame();
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
  void pagesMayFrameTheProviderForTheSilentRound() {
    var provider = URI.create(PROVIDER.issuerUrl(ISSUER_ID).toString());
    var csp = new Frame().get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("frame-src 'self' http://" + provider.getHost() + ":" + provider.getPort() + ";")
        .contains("default-src 'self'");
  }

  @Test
  void anOrdinarySsoStartDoesNotAskForPromptNone() {
    var start = new Frame().get("/oauth2/authorization/oidc");
    assertThat(start.headers().firstValue("Location").orElseThrow()).doesNotContain("prompt=");
  }

  private static String query(String url, String name) {
    for (var pair : URI.create(url).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
    }
    throw new AssertionError("no " + name + " in " + url);
  }

  /** The hidden frame: a cookie-keeping client following redirects by hand. */
  final class Frame {
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    String base() {
      return "http://127.0.0.1:" + port;
    }

    /** Opens the silent probe and follows Kelola's hops up to the provider's authorization URL. */
    String startSilent() {
      var probe = get("/auth/login?silent=1");
      assertThat(probe.statusCode()).isEqualTo(302);
      assertThat(location(probe)).isEqualTo("/oauth2/authorization/oidc?prompt=none");
      assertThat(cookie(SilentSso.COOKIE)).isNotNull();
      var start = get(location(probe));
      assertThat(start.statusCode()).isEqualTo(302);
      var authorize = start.headers().firstValue("Location").orElseThrow();
      assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString()).contains("prompt=none");
      return authorize;
    }

    HttpResponse<String> get(String pathOrUrl) {
      var uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
      try {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String location(HttpResponse<String> res) {
      var location = res.headers().firstValue("Location").orElseThrow();
      return location.startsWith(base()) ? location.substring(base().length()) : location;
    }

    java.net.HttpCookie cookie(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name) && !c.getValue().isEmpty() && !c.hasExpired())
          .findFirst().orElse(null);
    }
  }
}
