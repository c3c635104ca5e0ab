package io.kelola.identity.security;

import io.kelola.identity.domain.LoginResult;
import io.kelola.identity.domain.OidcLoginService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Turns a verified OIDC identity into a Kelola browser session. Spring Security has checked the
 * ID token (signature, issuer, audience, nonce, expiry); which local account it opens, and whether
 * at all, is decided by {@link OidcLoginService}. The provider's tokens are not kept.
 */
@Component
class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

  static final String FAILED = "/login?sso=failed";

  private static final Logger log = LoggerFactory.getLogger(OidcLoginSuccessHandler.class);

  private final OidcLoginService logins;
  private final SessionCookie cookie;

  OidcLoginSuccessHandler(OidcLoginService logins, SessionCookie cookie) {
    this.logins = logins;
    this.cookie = cookie;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    // the provider's identity is not a Kelola principal: it must not stay in this request's context
    SecurityContextHolder.clearContext();
    if (!(auth.getPrincipal() instanceof OidcUser user)) {
      logins.protocolFailure("not_oidc");
      response.sendRedirect(FAILED);
      return;
    }
    LoginResult result;
    try {
      result = logins.login(user.getSubject(), user.getEmail(), user.getEmailVerified(), request.getRemoteAddr(),
          request.getHeader("User-Agent"));
    } catch (RuntimeException e) {
      // e.g. a concurrent first sign-in linked the same subject elsewhere: refuse, never a 500
      log.warn("OIDC sign-in for subject {} could not complete: {}", user.getSubject(), e.toString());
      logins.protocolFailure("link_conflict");
      response.sendRedirect(FAILED);
      return;
    }
    if (result instanceof LoginResult.Success ok) {
      cookie.write(request, response, ok.session().token());
      response.sendRedirect("/");
    } else {
      response.sendRedirect(FAILED);
    }
  }
}
