package io.kelola.identity.security;

import io.kelola.identity.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Tier 2 of the session recovery with SSO: a {@code prompt=none} authorization round trip in a
 * hidden frame. A short-lived cookie marks the attempt so that the callback, renewed or refused,
 * ends on the frame's report page ({@link #DONE}) instead of the home or login page.
 */
@Component
public class SilentSso {

  /** Where a silent attempt ends; the report page then says "renewed" or "failed". */
  public static final String DONE = "/auth/login?silent=1&done=1";
  static final String COOKIE = "KELOLA_SSO_SILENT";
  private static final Duration TTL = Duration.ofMinutes(2);

  private final IdentityProperties props;

  SilentSso(IdentityProperties props) {
    this.props = props;
  }

  /** Marks a silent attempt and returns where it starts: the authorization endpoint with {@code prompt=none}. */
  public String start(HttpServletRequest request, HttpServletResponse response) {
    write(request, response, "1", TTL);
    return OidcLoginConfigurer.AUTHORIZATION_BASE + "/" + props.oidc().registrationId() + "?prompt=none";
  }

  /** Adds {@code prompt=none} to the provider request when the start asked for it. */
  OAuth2AuthorizationRequestResolver promptNone(OAuth2AuthorizationRequestResolver delegate) {
    return new OAuth2AuthorizationRequestResolver() {
      @Override
      public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withPrompt(request, delegate.resolve(request));
      }

      @Override
      public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return withPrompt(request, delegate.resolve(request, registrationId));
      }
    };
  }

  private static OAuth2AuthorizationRequest withPrompt(HttpServletRequest request, OAuth2AuthorizationRequest resolved) {
    if (resolved == null || !"none".equals(request.getParameter("prompt"))) return resolved;
    return OAuth2AuthorizationRequest.from(resolved).additionalParameters(p -> p.put("prompt", "none")).build();
  }

  AuthenticationSuccessHandler success(AuthenticationSuccessHandler next) {
    return (request, response, auth) -> next.onAuthenticationSuccess(request, ending(request, response), auth);
  }

  AuthenticationFailureHandler failure(AuthenticationFailureHandler next) {
    return (request, response, e) -> next.onAuthenticationFailure(request, ending(request, response), e);
  }

  /** For a silent attempt: forget the mark and send every outcome to the report page. */
  private HttpServletResponse ending(HttpServletRequest request, HttpServletResponse response) {
    var cookies = request.getCookies();
    boolean silent = cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    if (!silent) return response;
    write(request, response, "", Duration.ZERO);
    return new HttpServletResponseWrapper(response) {
      @Override
      public void sendRedirect(String location) throws java.io.IOException {
        super.sendRedirect(DONE);
      }
    };
  }

  private void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
    response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).httpOnly(true).sameSite("Lax").path("/")
        .secure(props.secureCookies() || request.isSecure()).maxAge(maxAge).build().toString());
  }
}
