package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.MutableClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** The signed cookie that carries a pending authorization request across the provider round trip. */
class CookieAuthorizationRequestRepositoryTest {

  private final MutableClock clock = new MutableClock();
  private final CookieAuthorizationRequestRepository repo =
      new CookieAuthorizationRequestRepository("/login/oauth2/code", "k".repeat(32).getBytes(), false, clock);

  private final OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
      .authorizationUri("https://sso.example.test/realms/pabrik/protocol/openid-connect/auth")
      .clientId("kelola")
      .redirectUri("https://kelola.example.test/login/oauth2/code/oidc")
      .scopes(Set.of("openid", "email"))
      .state("state-123")
      .additionalParameters(Map.of("nonce", "hashed-nonce", "code_challenge", "challenge", "code_challenge_method", "S256"))
      .attributes(Map.of("registration_id", "oidc", "nonce", "raw-nonce", "code_verifier", "verifier"))
      .build();

  @Test
  void roundTripsTheRequestInAnHttpOnlyLaxCookieScopedToTheCallback() {
    var header = save();
    assertThat(header).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/login/oauth2/code").contains("Max-Age=600");

    var loaded = repo.loadAuthorizationRequest(callback(value(header), "state-123"));
    assertThat(loaded).isNotNull();
    assertThat(loaded.getState()).isEqualTo("state-123");
    assertThat(loaded.getClientId()).isEqualTo("kelola");
    assertThat(loaded.getRedirectUri()).isEqualTo(request.getRedirectUri());
    assertThat(loaded.getScopes()).containsExactlyInAnyOrder("openid", "email");
    assertThat(loaded.getAttributes()).isEqualTo(request.getAttributes());
    assertThat(loaded.getAdditionalParameters()).isEqualTo(request.getAdditionalParameters());
    assertThat(loaded.getAuthorizationRequestUri()).isEqualTo(request.getAuthorizationRequestUri());
  }

  @Test
  void refusesAnotherState() {
    assertThat(repo.loadAuthorizationRequest(callback(value(save()), "other-state"))).isNull();
    assertThat(repo.loadAuthorizationRequest(callback(value(save()), null))).isNull();
  }

  @Test
  void refusesATamperedOrForeignCookie() {
    var value = value(save());
    var dot = value.indexOf('.');
    var payload = value.substring(0, dot);
    var tampered = payload.substring(0, payload.length() - 2) + (payload.endsWith("A") ? "BB" : "AA") + value.substring(dot);
    assertThat(repo.loadAuthorizationRequest(callback(tampered, "state-123"))).isNull();
    assertThat(repo.loadAuthorizationRequest(callback(payload + ".", "state-123"))).isNull();
    assertThat(repo.loadAuthorizationRequest(callback("garbage", "state-123"))).isNull();

    var otherKey = new CookieAuthorizationRequestRepository("/login/oauth2/code", "x".repeat(32).getBytes(), false, clock);
    assertThat(otherKey.loadAuthorizationRequest(callback(value, "state-123"))).isNull();
  }

  @Test
  void expiresAfterTenMinutes() {
    var value = value(save());
    clock.advance(Duration.ofMinutes(11));
    try {
      assertThat(repo.loadAuthorizationRequest(callback(value, "state-123"))).isNull();
    } finally {
      clock.reset();
    }
  }

  @Test
  void removeReturnsTheRequestAndDeletesTheCookie() {
    var response = new MockHttpServletResponse();
    var removed = repo.removeAuthorizationRequest(callback(value(save()), "state-123"), response);
    assertThat(removed).isNotNull();
    assertThat(response.getHeader("Set-Cookie")).startsWith(CookieAuthorizationRequestRepository.NAME + "=;").contains("Max-Age=0");
  }

  private String save() {
    var response = new MockHttpServletResponse();
    repo.saveAuthorizationRequest(request, new MockHttpServletRequest("GET", "/oauth2/authorization/oidc"), response);
    return response.getHeader("Set-Cookie");
  }

  private static String value(String setCookie) {
    var first = setCookie.substring(0, setCookie.indexOf(';'));
    return first.substring(first.indexOf('=') + 1);
  }

  private static MockHttpServletRequest callback(String cookieValue, String state) {
    var req = new MockHttpServletRequest("GET", "/login/oauth2/code/oidc");
    if (state != null) req.setParameter("state", state);
    req.setCookies(new Cookie(CookieAuthorizationRequestRepository.NAME, cookieValue));
    return req;
  }
}
