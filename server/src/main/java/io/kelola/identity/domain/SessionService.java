package io.kelola.identity.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.IdentityProperties;
import io.kelola.identity.domain.SessionRepository.SessionRow;
import io.kelola.shared.DemoMode;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, resolves, rotates and revokes sessions ({@code adm_session}). Resolution runs on every
 * request, so a revoked, expired or idle session is refused on its very next call.
 */
@Service
@org.springframework.modulith.NamedInterface("sessions")
public class SessionService {

  /** Activity is written at most this often per session, to keep reads cheap. */
  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  private final SessionRepository sessions;
  private final IdentityProperties props;
  private final DemoMode demo;
  private final AuditTrail audit;
  private final Clock clock;

  SessionService(SessionRepository sessions, IdentityProperties props, DemoMode demo, AuditTrail audit, Clock clock) {
    this.sessions = sessions;
    this.props = props;
    this.demo = demo;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public IssuedSession open(UserAccount user, SessionKind kind, String method, String ip, String userAgent) {
    var now = clock.instant();
    var token = kind == SessionKind.BROWSER ? Secrets.newToken() : null;
    var expires = now.plus(kind == SessionKind.BROWSER ? props.sessionAbsoluteTimeout() : props.refreshTokenTtl());
    var row = sessions.insert(user.id(), kind, method, token == null ? null : Secrets.hash(token), ip, userAgent, now, expires);
    return new IssuedSession(row.id(), row.uuid(), token);
  }

  /**
   * The caller behind a browser session cookie, if that session is still valid. Runs on every
   * request: no explicit transaction, each statement commits on its own (one read, a rare touch).
   */
  public Optional<KelolaPrincipal> byBrowserToken(String rawToken) {
    var now = clock.instant();
    return sessions.byToken(Secrets.hash(rawToken), now.minus(props.rotationGrace()))
        .filter(s -> s.kind() == SessionKind.BROWSER)
        .filter(s -> valid(s, now))
        .map(s -> touched(s, now));
  }

  /** The caller behind a JWT's session id claim, if that session is still valid (per request, like above). */
  public Optional<KelolaPrincipal> bySessionUuid(UUID sessionUuid) {
    var now = clock.instant();
    return sessions.byUuid(sessionUuid).filter(s -> valid(s, now)).map(s -> touched(s, now));
  }

  /** Most sessions {@link #validBySessionUuids} looks up per statement. */
  private static final int LOOKUP_PAGE = 1_000;

  /**
   * The callers behind those of {@code sessionUuids} that are still valid, touched like {@link
   * #bySessionUuid}: what long-lived streams re-check together, in a statement per thousand sessions
   * instead of one per stream.
   */
  public Map<UUID, KelolaPrincipal> validBySessionUuids(Collection<UUID> sessionUuids) {
    var now = clock.instant();
    var ids = List.copyOf(new LinkedHashSet<>(sessionUuids));
    var out = new HashMap<UUID, KelolaPrincipal>();
    for (int from = 0; from < ids.size(); from += LOOKUP_PAGE) {
      var due = new ArrayList<Long>();
      for (var s : sessions.byUuids(ids.subList(from, Math.min(ids.size(), from + LOOKUP_PAGE)))) {
        if (!valid(s, now)) continue;
        if (touchDue(s, now)) due.add(s.id());
        out.put(s.uuid(), principal(s));
      }
      sessions.touchAll(due, now);
    }
    return out;
  }

  /** Issues a new browser credential for the session; the old one works only for the grace window. */
  @Transactional
  public String rotate(long sessionId) {
    var token = Secrets.newToken();
    sessions.rotate(sessionId, Secrets.hash(token), clock.instant());
    return token;
  }

  /** How old a browser credential may get before a heartbeat replaces it. */
  static final Duration ROTATE_AFTER = Duration.ofMinutes(5);

  /** Rotates the browser credential when it is older than {@link #ROTATE_AFTER}, or always when forced. */
  @Transactional
  public Optional<String> rotateIfDue(long sessionId, boolean force) {
    var now = clock.instant();
    if (!force && !sessions.rotatedBefore(sessionId, now.minus(ROTATE_AFTER))) return Optional.empty();
    return Optional.of(rotate(sessionId));
  }

  /** Slides an API session's expiry forward on each refresh. */
  @Transactional
  public void extendApiSession(long sessionId) {
    var now = clock.instant();
    sessions.extend(sessionId, now, now.plus(props.refreshTokenTtl()));
  }

  @Transactional
  public boolean revoke(long sessionId, String reason) {
    return sessions.revoke(sessionId, reason, clock.instant());
  }

  @Transactional
  public boolean revoke(UUID sessionUuid, String reason) {
    return sessions.idOfUuid(sessionUuid).map(id -> revoke(id, reason)).orElse(false);
  }

  /**
   * Administrator's force logout: the session is refused from its very next request on. Audited as
   * {@code FORCE_LOGOUT}; 404 when no live session has this id.
   */
  @Transactional
  public void forceLogout(UUID sessionUuid) {
    var ended = sessions.revokeByUuid(sessionUuid, "forced_logout", clock.instant())
        .orElseThrow(() -> BusinessRuleException.notFound("session.notFound"));
    audit.record(AuditEntry.of("FORCE_LOGOUT", "adm_session", ended.id(), sessionUuid.toString())
        .change(null, Map.of("username", ended.username())));
  }

  @Transactional
  public int revokeAllOf(long userId, Long exceptSessionId, String reason) {
    return sessions.revokeAllOfUser(userId, exceptSessionId, reason, clock.instant());
  }

  @Transactional(readOnly = true)
  public PageResult<ActiveSession> active(PageQuery page) {
    var now = clock.instant();
    var idleCutoff = now.minus(props.sessionIdleTimeout());
    return new PageResult<>(sessions.active(now, idleCutoff, page), page, sessions.countActive(now, idleCutoff, page));
  }

  public Instant idleDeadline(Instant lastActivity) {
    return lastActivity.plus(props.sessionIdleTimeout());
  }

  private boolean valid(SessionRow s, Instant now) {
    if (!s.userActive() || (s.demo() && !demo.enabled())) return false;
    if (!now.isBefore(s.expiresAt())) return false;
    return s.kind() == SessionKind.API || now.isBefore(s.lastActivityAt().plus(props.sessionIdleTimeout()));
  }

  private KelolaPrincipal touched(SessionRow s, Instant now) {
    if (touchDue(s, now)) sessions.touch(s.id(), now);
    return principal(s);
  }

  private static boolean touchDue(SessionRow s, Instant now) {
    return Duration.between(s.lastActivityAt(), now).compareTo(TOUCH_EVERY) > 0;
  }

  private static KelolaPrincipal principal(SessionRow s) {
    return new KelolaPrincipal(s.userId(), s.userUuid(), s.username(),
        s.fullName() == null || s.fullName().isBlank() ? s.username() : s.fullName(),
        s.roleCode(), s.permissions(), s.id(), s.uuid());
  }
}
