package io.kelola.identity.web;

import io.kelola.web.ListLinks;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.identity.domain.ActiveSession;
import io.kelola.identity.domain.SessionKind;
import io.kelola.identity.domain.SessionService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Active sessions API: who is signed in where, and force logout (seed 002 §1.7.A). */
@RestController
class SessionAdminApiController {

  private final SessionService sessions;

  SessionAdminApiController(SessionService sessions) {
    this.sessions = sessions;
  }

  /** An active session in the API's snake_case JSON. */
  record SessionJson(
      UUID uuid, String username, String role, SessionKind kind, @JsonProperty("auth_method") String authMethod,
      @JsonProperty("ip_address") String ipAddress, @JsonProperty("user_agent") String userAgent,
      @JsonProperty("login_at") Instant loginAt, @JsonProperty("last_activity_at") Instant lastActivityAt,
      @JsonProperty("expires_at") Instant expiresAt) {

    static SessionJson of(ActiveSession s) {
      return new SessionJson(s.uuid(), s.username(), s.roleCode(), s.kind(), s.authMethod(), s.ipAddress(),
          s.userAgent(), s.loginAt(), s.lastActivityAt(), s.expiresAt());
    }
  }

  @GetMapping("/api/v1/admin/sessions")
  @RequiresPermission("ADMIN.SESSION.MANAGE")
  PageResult<SessionJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q) {
    return sessions.active(PageQuery.of(page, size, sort, dir, ListLinks.searchText(q))).map(SessionJson::of);
  }

  /** Force logout: the session's very next request is refused. */
  @DeleteMapping("/api/v1/admin/sessions/{uuid}")
  @RequiresPermission("ADMIN.SESSION.MANAGE")
  ResponseEntity<Void> forceLogout(@PathVariable UUID uuid) {
    sessions.forceLogout(uuid);
    return ResponseEntity.noContent().build();
  }
}
