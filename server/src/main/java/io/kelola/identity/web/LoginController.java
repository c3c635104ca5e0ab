package io.kelola.identity.web;

import io.kelola.identity.security.SilentSso;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.IdentityProperties;
import io.kelola.identity.domain.LoginResult;
import io.kelola.identity.domain.LoginService;
import io.kelola.identity.domain.SessionKind;
import io.kelola.identity.domain.SessionService;
import io.kelola.identity.security.SessionCookie;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (password, and SSO when configured) and sign-out. */
@Controller
class LoginController {

  private final LoginService login;
  private final SessionService sessions;
  private final SessionCookie cookie;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final IdentityProperties props;

  private final SilentSso silentSso;

  LoginController(LoginService login, SessionService sessions, SessionCookie cookie, AuditTrail audit,
      TransactionTemplate tx, IdentityProperties props, SilentSso silentSso) {
    this.silentSso = silentSso;
    this.login = login;
    this.sessions = sessions;
    this.cookie = cookie;
    this.audit = audit;
    this.tx = tx;
    this.props = props;
  }

  @GetMapping("/login")
  @PublicEndpoint
  String page(@RequestParam(required = false) String next, @RequestParam(required = false) String sso, Model model) {
    if (CurrentUser.get().isPresent()) return "redirect:" + SafeRedirect.of(next);
    model.addAttribute("form", new LoginForm("", SafeRedirect.of(next), false, false));
    // set by the OIDC handlers on any refused or failed SSO sign-in; the reason is only in the audit log
    model.addAttribute("ssoFailed", "failed".equals(sso));
    model.addAttribute("ssoEnabled", props.oidc().enabled());
    model.addAttribute("ssoPath", "/oauth2/authorization/" + props.oidc().registrationId());
    return "identity/login";
  }

  @PostMapping("/login")
  @PublicEndpoint
  String submit(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
      @RequestParam(required = false) String next, @RequestParam(defaultValue = "0") String popup,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var result = login.login(username, password, SessionKind.BROWSER, request.getRemoteAddr(), request.getHeader("User-Agent"));
    if (result instanceof LoginResult.Success ok) {
      cookie.write(request, response, ok.session().token());
      // in the recovery popup the page that opened it carries on; it only needs to hear "signed-in"
      if ("1".equals(popup)) {
        silentSso.forgetMark(request, response); // signed in by password: a later SSO sign-in is an ordinary one
        return AuthRecoveryController.report(model, AuthRecoveryController.SIGNED_IN, "opener");
      }
      return "redirect:" + SafeRedirect.of(next);
    }
    response.setStatus(401);
    model.addAttribute("form", new LoginForm(username.length() > 60 ? "" : username, SafeRedirect.of(next), true, "1".equals(popup)));
    model.addAttribute("ssoEnabled", props.oidc().enabled());
    model.addAttribute("ssoPath", "/oauth2/authorization/" + props.oidc().registrationId());
    return "identity/login";
  }

  @PostMapping("/logout")
  @AuthenticatedEndpoint
  String logout(HttpServletRequest request, HttpServletResponse response) {
    var p = CurrentUser.get().orElseThrow();
    tx.executeWithoutResult(s -> {
      sessions.revoke(p.sessionId(), "logout");
      audit.record(AuditEntry.of(AuditActions.LOGOUT, "adm_session", p.sessionId(), p.sessionUuid().toString()));
    });
    cookie.clear(request, response);
    return "redirect:/login";
  }
}
