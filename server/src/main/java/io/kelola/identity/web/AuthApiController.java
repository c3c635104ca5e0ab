package io.kelola.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.domain.ApiTokenService;
import io.kelola.identity.domain.LoginResult;
import io.kelola.identity.domain.LoginService;
import io.kelola.identity.domain.SessionKind;
import io.kelola.identity.domain.SessionService;
import io.kelola.identity.domain.TokenPair;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.kelola.shared.web.BusinessRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Token API for edge nodes and integrations: password → token pair, refresh rotation, logout. */
@RestController
class AuthApiController {

  private final LoginService login;
  private final ApiTokenService tokens;
  private final SessionService sessions;
  private final AuditTrail audit;

  AuthApiController(LoginService login, ApiTokenService tokens, SessionService sessions, AuditTrail audit) {
    this.login = login;
    this.tokens = tokens;
    this.sessions = sessions;
    this.audit = audit;
  }

  record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 128) String password) {}

  record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 200) String refreshToken) {}

  @PostMapping("/api/v1/auth/token")
  @PublicEndpoint
  TokenPair token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
    var result = login.login(body.username(), body.password(), SessionKind.API, request.getRemoteAddr(), request.getHeader("User-Agent"));
    if (!(result instanceof LoginResult.Success ok)) throw new BusinessRuleException(HttpStatus.UNAUTHORIZED, "login.failed", null);
    return tokens.issue(ok.session(), ok.user().uuid());
  }

  @PostMapping("/api/v1/auth/refresh")
  @PublicEndpoint
  TokenPair refresh(@Valid @RequestBody RefreshRequest body) {
    return tokens.refresh(body.refreshToken()).orElseThrow(NotAuthenticatedException::new);
  }

  @PostMapping("/api/v1/auth/logout")
  @AuthenticatedEndpoint
  @Transactional
  ResponseEntity<Void> logout() {
    var p = CurrentUser.get().orElseThrow();
    sessions.revoke(p.sessionId(), "logout");
    audit.record(AuditEntry.of(AuditActions.LOGOUT, "adm_session", p.sessionId(), p.sessionUuid().toString()));
    return ResponseEntity.noContent().build();
  }
}
