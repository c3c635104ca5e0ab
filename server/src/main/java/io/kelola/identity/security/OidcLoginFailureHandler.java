package io.kelola.identity.security;

import io.kelola.identity.domain.OidcLoginService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Any OIDC failure before an identity is established (provider unreachable, user cancelled, state
 * or nonce mismatch, bad ID token) is audited and sends the browser back to the sign-in page with
 * one generic message: the details are for the log, not for whoever is at the keyboard.
 */
@Component
class OidcLoginFailureHandler implements AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(OidcLoginFailureHandler.class);

  private final OidcLoginService logins;

  OidcLoginFailureHandler(OidcLoginService logins) {
    this.logins = logins;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    var code = exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "authentication_failed";
    log.info("OIDC sign-in failed: {}", exception.getMessage());
    logins.protocolFailure(code);
    response.sendRedirect(OidcLoginSuccessHandler.FAILED);
  }
}
