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
 * ends on the frame's report page ({@link #DONE}) instead of the home or login page. The same mark
 * (value {@code popup}) makes an SSO sign-in started in tier 3's popup end on the page that tells
 * the opener ({@link #POPUP_DONE}).
 */
@Component
public class SilentSso {

  /** Where a silent attempt ends; the report page then says "renewed" or "failed". */
  public static final String DONE = "/auth/login?silent=1&done=1";
  /** Where an SSO sign-in from the recovery popup ends: signed in, it reports to the opener. */
  public static final String POPUP_DONE = "/auth/login?popup=1";
  static final String COOKIE = "KELOLA_SSO_SILENT";
  private static final String POPUP = "popup";
  private static final Duration TTL = Duration.ofMinutes(2);
  private static final Duration POPUP_TTL = Duration.ofMinutes(10); // a person signs in at the provider

  private final IdentityProperties props;

  SilentSso(IdentityProperties props) {
    this.props = props;
  }

  /** Marks a silent attempt and returns where it starts: the authorization endpoint with {@code prompt=none}. */
  public String start(HttpServletRequest request, HttpServletResponse response) {
    write(request, response, "1", TTL);
    return OidcLoginConfigurer.AUTHORIZATION_BASE + "/" + props.oidc().registrationId() + "?prompt=none";
  }

  /** Marks the recovery popup, so that an SSO sign-in started from it comes back to {@link #POPUP_DONE}. */
  public void markPopup(HttpServletRequest request, HttpServletResponse response) {
    write(request, response, POPUP, POPUP_TTL);
  }

  /** Drops a popup mark that was not used (the person signed in with a password instead). */
  public void forgetMark(HttpServletRequest request, HttpServletResponse response) {
    var cookies = request.getCookies();
    if (cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()))) {
      write(request, response, "", Duration.ZERO);
    }
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

  /**
   * For a marked attempt: forget the mark and send the outcome where the window that started it
   * can report it: a silent frame always to {@link #DONE}; the popup, signed in, to {@link
   * #POPUP_DONE}, refused, back to its sign-in form with the generic SSO failure.
   */
  private HttpServletResponse ending(HttpServletRequest request, HttpServletResponse response) {
    var cookies = request.getCookies();
    var mark = cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
        .map(jakarta.servlet.http.Cookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    if (mark == null) return response;
    write(request, response, "", Duration.ZERO);
    boolean popup = POPUP.equals(mark);
    return new HttpServletResponseWrapper(response) {
      @Override
      public void sendRedirect(String location) throws java.io.IOException {
        if (!popup) super.sendRedirect(DONE);
        else super.sendRedirect("/".equals(location) ? POPUP_DONE : POPUP_DONE + "&sso=failed");
      }
    };
  }

  private void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
    response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).httpOnly(true).sameSite("Lax").path("/")
        .secure(props.secureCookies() || request.isSecure()).maxAge(maxAge).build().toString());
  }
}
