package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.TestClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Kelola server with SSO switched on against a real in-process OIDC provider (mock-oauth2-server).
 * The provider lives as long as the JVM, so every OIDC test class shares it and one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "kelola.db.embedded.ephemeral=true",
        "kelola.demo.enabled=true",
        "kelola.identity.oidc.enabled=true",
        "kelola.identity.oidc.client-id=" + OidcTestBase.CLIENT_ID,
        "kelola.identity.oidc.client-secret=kelola-test-secret"})
@Import(TestClockConfiguration.class)
abstract class OidcTestBase {

  static final String CLIENT_ID = "kelola-test";
  static final String ISSUER_ID = "default";

  /** Started before the Spring context so the issuer URL is known when properties are resolved. */
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
    Runtime.getRuntime().addShutdownHook(new Thread(PROVIDER::shutdown));
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    registry.add("kelola.identity.oidc.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
  }

  @LocalServerPort int port;

  /** A browser (or hidden frame): one cookie jar, redirects followed by hand so every hop is checked. */
  final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    String base() {
      return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathOrUrl) {
      var uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
      var accept = uri.getPath().startsWith("/api/") ? "application/json" : "text/html";
      try {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Runs the authorization-code flow with the provider issuing the given identity; returns Kelola's callback answer. */
    HttpResponse<String> signIn(String subject, Map<String, Object> claims) {
      PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));

      var start = get("/oauth2/authorization/oidc");
      assertThat(start.statusCode()).isEqualTo(302);
      var authorize = start.headers().firstValue("Location").orElseThrow();
      assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString())
          .contains("client_id=" + CLIENT_ID).contains("code_challenge=").contains("nonce=");
      assertThat(cookie(CookieAuthorizationRequestRepository.NAME)).isNotNull();

      var provider = get(authorize);
      assertThat(provider.statusCode()).isEqualTo(302);
      var callback = provider.headers().firstValue("Location").orElseThrow();
      assertThat(callback).startsWith(base() + "/login/oauth2/code/oidc?").contains("code=").contains("state=");

      return get(callback);
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

    /** The redirect target as a path on Kelola (absolute Location headers must point back here). */
    String location(HttpResponse<String> res) {
      var location = res.headers().firstValue("Location").orElseThrow();
      return location.startsWith(base()) ? location.substring(base().length()) : location;
    }

    HttpCookie cookie(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name) && !c.getValue().isEmpty() && !c.hasExpired())
          .findFirst().orElse(null);
    }
  }
}
