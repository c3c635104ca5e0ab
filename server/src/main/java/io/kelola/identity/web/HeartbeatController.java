package io.kelola.identity.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kelola.identity.domain.SessionService;
import io.kelola.identity.security.SessionCookie;
import io.kelola.shared.security.AuthenticatedEndpoint;
import io.kelola.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /auth/heartbeat} (seed 000): keeps a browser session alive and rotates its cookie;
 * {@code ?force=true} rotates even when the credential is fresh. 401 once the session is gone.
 */
@RestController
class HeartbeatController {

  private final SessionService sessions;
  private final SessionCookie cookie;
  private final Clock clock;

  HeartbeatController(SessionService sessions, SessionCookie cookie, Clock clock) {
    this.sessions = sessions;
    this.cookie = cookie;
    this.clock = clock;
  }

  record Heartbeat(String status, boolean rotated, @JsonProperty("idle_expires_at") Instant idleExpiresAt) {}

  @GetMapping("/auth/heartbeat")
  @AuthenticatedEndpoint
  Heartbeat heartbeat(@RequestParam(defaultValue = "false") boolean force, HttpServletRequest request,
      HttpServletResponse response) {
    var p = CurrentUser.get().orElseThrow();
    boolean browser = cookie.read(request).isPresent() && request.getHeader("Authorization") == null;
    var rotated = browser ? sessions.rotateIfDue(p.sessionId(), force) : java.util.Optional.<String>empty();
    rotated.ifPresent(token -> cookie.write(request, response, token));
    response.setHeader("Cache-Control", "no-store");
    return new Heartbeat("ok", rotated.isPresent(), sessions.idleDeadline(clock.instant()));
  }
}
