package io.kelola.identity.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditActor;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.IdentityProperties;
import io.kelola.shared.DemoMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password login exactly as seed 002 §1.7.C: active? not locked? password ok? — failures count up
 * and the fifth locks the account for 30 minutes. Every path runs one BCrypt check and returns the
 * same failure, so neither the message nor the timing tells an attacker which check failed.
 */
@Service
public class LoginService {

  private final UserRepository users;
  private final SessionService sessions;
  private final PasswordPolicy passwords;
  private final AuditTrail audit;
  private final IdentityProperties props;
  private final DemoMode demo;
  private final Clock clock;

  LoginService(UserRepository users, SessionService sessions, PasswordPolicy passwords, AuditTrail audit,
      IdentityProperties props, DemoMode demo, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.passwords = passwords;
    this.audit = audit;
    this.props = props;
    this.demo = demo;
    this.clock = clock;
  }

  @Transactional
  public LoginResult login(String username, String password, SessionKind kind, String ip, String userAgent) {
    var now = clock.instant();
    var name = username == null ? "" : username.strip();
    var found = name.isEmpty() || name.length() > 60 ? java.util.Optional.<UserAccount>empty() : users.byUsernameForUpdate(name);
    boolean passwordOk = passwords.matches(password, found.map(UserAccount::passwordHash).orElse(null));
    if (found.isEmpty()) return fail(null, name, "unknown_user");

    var user = found.get();
    if (!user.active()) return fail(user, name, "inactive");
    if (user.demo() && !demo.enabled()) return fail(user, name, "demo_disabled");
    if (user.lockedAt(now)) return fail(user, name, "locked");
    if (!passwordOk) return wrongPassword(user, now);

    users.recordSuccess(user.id(), now);
    var session = sessions.open(user, kind, "PASSWORD", ip, userAgent);
    audit.record(AuditEntry.of(AuditActions.LOGIN, "adm_session", session.id(), session.uuid().toString())
        .change(null, Map.of("kind", kind.name(), "method", "PASSWORD")), new AuditActor(user.id(), user.username()));
    return new LoginResult.Success(user, session);
  }

  private LoginResult wrongPassword(UserAccount user, Instant now) {
    // a lock that has run out starts a fresh count
    int previous = user.lockedUntil() != null && !user.lockedAt(now) ? 0 : user.failedLoginCount();
    int failures = previous + 1;
    Instant lockedUntil = failures >= props.maxFailedLogins() ? now.plus(props.lockout()) : null;
    users.recordFailure(user.id(), failures, lockedUntil);
    return fail(user, user.username(), lockedUntil != null ? "locked_now" : "bad_password");
  }

  private LoginResult fail(UserAccount user, String attempted, String reason) {
    var key = attempted.length() > 60 ? attempted.substring(0, 60) : attempted;
    audit.record(AuditEntry.of(AuditActions.LOGIN_FAILED, "adm_user", user == null ? null : user.id(), key)
            .change(null, Map.of("reason", reason)),
        new AuditActor(user == null ? null : user.id(), user == null ? null : user.username()));
    return new LoginResult.Failure();
  }
}
