package io.kelola.identity.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the pending OIDC authorization request (state, nonce, PKCE verifier) in a short-lived
 * HMAC-signed cookie between the redirect to the provider and its callback, because the filter
 * chain is stateless and Kelola creates no HTTP sessions. The signature stops forged requests; the
 * state check ties the callback to the browser that started it; the cookie is used once.
 */
final class CookieAuthorizationRequestRepository implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

  static final String NAME = "KELOLA_OIDC_AUTH";
  static final Duration MAX_AGE = Duration.ofMinutes(10);
  /** Browsers drop larger cookies; an encoded request is far smaller, so anything bigger is not ours. */
  private static final int MAX_LENGTH = 4000;

  /** What is kept of a request; the grant type is always authorization_code. */
  record Stored(String authorizationUri, String clientId, String redirectUri, Set<String> scopes, String state,
      Map<String, Object> additionalParameters, Map<String, Object> attributes, String authorizationRequestUri,
      long expiresAt) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String path;
  private final byte[] key;
  private final boolean forceSecure;
  private final Clock clock;

  /**
   * @param path the callback path prefix the cookie is sent to (nowhere else)
   * @param key HMAC-SHA256 key; every instance behind one address must share it
   */
  CookieAuthorizationRequestRepository(String path, byte[] key, boolean forceSecure, Clock clock) {
    this.path = path;
    this.key = key.clone();
    this.forceSecure = forceSecure;
    this.clock = clock;
  }

  @Override
  public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
    var state = request.getParameter("state");
    if (state == null) return null;
    var stored = read(request);
    if (stored == null || !state.equals(stored.state())) return null;
    return OAuth2AuthorizationRequest.authorizationCode()
        .authorizationUri(stored.authorizationUri())
        .clientId(stored.clientId())
        .redirectUri(stored.redirectUri())
        .scopes(stored.scopes())
        .state(stored.state())
        .additionalParameters(stored.additionalParameters())
        .attributes(stored.attributes())
        .authorizationRequestUri(stored.authorizationRequestUri())
        .build();
  }

  @Override
  public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
      HttpServletResponse response) {
    if (authorizationRequest == null) {
      clear(request, response);
      return;
    }
    var stored = new Stored(authorizationRequest.getAuthorizationUri(), authorizationRequest.getClientId(),
        authorizationRequest.getRedirectUri(), authorizationRequest.getScopes(), authorizationRequest.getState(),
        authorizationRequest.getAdditionalParameters(), authorizationRequest.getAttributes(),
        authorizationRequest.getAuthorizationRequestUri(), clock.instant().plus(MAX_AGE).getEpochSecond());
    var payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(stored));
    write(request, response, payload + "." + sign(payload), MAX_AGE.toSeconds());
  }

  @Override
  public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request, HttpServletResponse response) {
    var found = loadAuthorizationRequest(request);
    clear(request, response);
    return found;
  }

  private Stored read(HttpServletRequest request) {
    var cookies = request.getCookies();
    if (cookies == null) return null;
    for (Cookie c : cookies) {
      if (NAME.equals(c.getName())) return verify(c.getValue());
    }
    return null;
  }

  /** The stored request if the value is ours, intact and not expired; null otherwise. */
  Stored verify(String value) {
    if (value == null || value.length() > MAX_LENGTH) return null;
    int dot = value.indexOf('.');
    if (dot <= 0) return null;
    var payload = value.substring(0, dot);
    var signature = value.substring(dot + 1);
    if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    try {
      var stored = JSON.readValue(Base64.getUrlDecoder().decode(payload), Stored.class);
      return stored.expiresAt() > clock.instant().getEpochSecond() ? stored : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String sign(String payload) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void clear(HttpServletRequest request, HttpServletResponse response) {
    if (hasCookie(request)) write(request, response, "", 0);
  }

  private static boolean hasCookie(HttpServletRequest request) {
    var cookies = request.getCookies();
    if (cookies == null) return false;
    for (Cookie c : cookies) if (NAME.equals(c.getName())) return true;
    return false;
  }

  private void write(HttpServletRequest request, HttpServletResponse response, String value, long maxAge) {
    response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Lax").path(path)
        .secure(forceSecure || request.isSecure()).maxAge(maxAge).build().toString());
  }
}
