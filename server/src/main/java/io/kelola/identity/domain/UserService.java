package io.kelola.identity.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * User administration (seed 002 §1.7.A): create, edit, activate/deactivate, unlock, reset and
 * change passwords. Each use case is one transaction with its audit row; anything that ends a
 * user's right to sign in also revokes their sessions at once.
 */
@Service
public class UserService {

  public static final Map<String, String> SORTS = Map.of(
      "username", "u.username", "email", "u.email", "role", "r.code", "lastLogin", "u.last_login", "created", "u.created_at");

  private final UserRepository users;
  private final RoleService roles;
  private final SessionService sessions;
  private final PasswordPolicy passwords;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate signatureFailures;
  private final io.kelola.identity.IdentityProperties identity;

  UserService(UserRepository users, RoleService roles, SessionService sessions, PasswordPolicy passwords,
      AuditTrail audit, JdbcClient jdbc, Clock clock, PlatformTransactionManager txManager,
      io.kelola.identity.IdentityProperties identity) {
    this.identity = identity;
    this.users = users;
    this.roles = roles;
    this.sessions = sessions;
    this.passwords = passwords;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.signatureFailures = new TransactionTemplate(txManager);
    signatureFailures.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(readOnly = true)
  public PageResult<UserView> list(PageQuery page, String role, Boolean active) {
    var where = " AND (:q = '' OR u.username ILIKE :p OR u.email ILIKE :p OR u.full_name ILIKE :p)"
        + " AND (:role = '' OR r.code = :role) AND (CAST(:active AS BOOLEAN) IS NULL OR u.is_active = :active)";
    var q = page.hasSearch() ? page.q() : "";
    var r = role == null ? "" : role;
    long total = jdbc.sql("SELECT count(*) FROM (" + UserRepository.SELECT + where + ") x")
        .param("q", q).param("p", page.likePattern()).param("role", r).param("active", active)
        .query(Long.class).single();
    var now = clock.instant();
    var rows = jdbc.sql(UserRepository.SELECT + where + page.orderBy(SORTS, "u.username").replace(", id", ", u.id")
            + " LIMIT :limit OFFSET :offset")
        .param("q", q).param("p", page.likePattern()).param("role", r).param("active", active)
        .param("limit", page.size()).param("offset", page.offset())
        .query(UserRepository::map).list().stream().map(u -> UserView.of(u, now)).toList();
    return new PageResult<>(rows, page, total);
  }

  @Transactional(readOnly = true)
  public UserView get(UUID uuid) {
    return UserView.of(find(uuid), clock.instant());
  }

  @Transactional
  public UserView create(NewUser cmd) {
    return create(cmd, false);
  }

  /** Creates a user; {@code demo} marks demo-data accounts that only work in demo mode. */
  @Transactional
  public UserView create(NewUser cmd, boolean demo) {
    var username = cmd.username().strip();
    if (users.usernameTaken(username)) throw BusinessRuleException.conflict("username", "user.username.taken");
    if (users.emailTaken(cmd.email().strip(), null)) throw BusinessRuleException.conflict("email", "user.email.taken");
    var role = roles.require(cmd.role());
    passwords.check(cmd.password(), username);
    long id = users.insert(username, cmd.email().strip(), blankToNull(cmd.fullName()), passwords.hash(cmd.password()),
        role.id(), demo, clock.instant(), CurrentUser.idOrNull());
    var created = users.byId(id).orElseThrow();
    audit.record(AuditEntry.of(AuditActions.CREATE, "adm_user", id, username).change(null, created.snapshot()));
    return UserView.of(created, clock.instant());
  }

  @Transactional
  public UserView update(UUID uuid, UserChanges changes) {
    var before = find(uuid);
    if (users.emailTaken(changes.email().strip(), before.id())) throw BusinessRuleException.conflict("email", "user.email.taken");
    var role = roles.require(changes.role());
    guardSelf(before, !role.code().equals(before.roleCode()));
    users.updateProfile(before.id(), changes.email().strip(), blankToNull(changes.fullName()), role.id(), CurrentUser.idOrNull());
    return audited(before, "UPDATE");
  }

  @Transactional
  public UserView setActive(UUID uuid, boolean active) {
    var before = find(uuid);
    guardSelf(before, !active);
    users.setActive(before.id(), active, CurrentUser.idOrNull());
    if (!active) sessions.revokeAllOf(before.id(), null, "deactivated");
    return audited(before, active ? "ACTIVATE" : "DEACTIVATE");
  }

  @Transactional
  public UserView unlock(UUID uuid) {
    var before = find(uuid);
    users.unlock(before.id(), CurrentUser.idOrNull());
    return audited(before, "UNLOCK");
  }

  /** Admin reset: sets a new password and ends every session of that user. */
  @Transactional
  public UserView resetPassword(UUID uuid, String newPassword) {
    var user = find(uuid);
    passwords.check(newPassword, user.username());
    users.setPassword(user.id(), passwords.hash(newPassword), clock.instant(), CurrentUser.idOrNull());
    sessions.revokeAllOf(user.id(), null, "password_reset");
    audit.record(AuditEntry.of("RESET_PASSWORD", "adm_user", user.id(), user.username()));
    return UserView.of(users.byId(user.id()).orElseThrow(), clock.instant());
  }

  /**
   * An electronic signature: the password must match, and the account must be active and not locked.
   * Wrong passwords count towards the same lockout as failed logins (a stolen session cannot guess
   * its way to a signature); the count and the audit row are written in their own transaction so
   * the caller's rollback keeps them.
   */
  public void confirmSignature(long userId, String password, String meaning) {
    var now = clock.instant();
    var refusal = signatureFailures.execute(s -> {
      var user = users.byIdForUpdate(userId).orElseThrow();
      boolean ok = password != null && !password.isEmpty() && password.length() <= 200
          && passwords.matches(password, user.passwordHash());
      String reason = !user.active() ? "inactive" : user.lockedAt(now) ? "locked" : ok ? null : "bad_password";
      if (reason == null) {
        if (user.failedLoginCount() > 0) users.recordFailure(user.id(), 0, null);
        return null;
      }
      if (reason.equals("bad_password")) {
        int previous = user.lockedUntil() != null && !user.lockedAt(now) ? 0 : user.failedLoginCount();
        int failures = previous + 1;
        var lockedUntil = failures >= identity.maxFailedLogins() ? now.plus(identity.lockout()) : null;
        users.recordFailure(user.id(), failures, lockedUntil);
        if (lockedUntil != null) reason = "locked_now";
      }
      audit.record(AuditEntry.of("ESIGN_FAILED", "adm_user", user.id(), user.username())
          .change(null, Map.of("meaning", meaning, "reason", reason)));
      return reason;
    });
    if (refusal != null) {
      throw BusinessRuleException.invalid("password", refusal.equals("bad_password") ? "esign.wrongPassword" : "esign.locked");
    }
    audit.record(AuditEntry.of("ESIGN", "adm_user", userId, users.byId(userId).map(UserAccount::username).orElse(null)).change(null,
        Map.of("meaning", meaning)));
  }

  /** Self-service change: proves the current password; other sessions of the user end. */
  @Transactional
  public void changeOwnPassword(KelolaPrincipal me, String current, String newPassword) {
    var user = users.byId(me.userId()).orElseThrow();
    if (!passwords.matches(current, user.passwordHash())) throw BusinessRuleException.invalid("currentPassword", "password.currentWrong");
    passwords.check(newPassword, user.username());
    if (passwords.matches(newPassword, user.passwordHash())) throw BusinessRuleException.invalid("newPassword", "password.same");
    users.setPassword(user.id(), passwords.hash(newPassword), clock.instant(), user.id());
    int revoked = sessions.revokeAllOf(user.id(), me.sessionId(), "password_changed");
    audit.record(AuditEntry.of("CHANGE_PASSWORD", "adm_user", user.id(), user.username())
        .change(null, Map.of("other_sessions_revoked", revoked)));
  }

  private UserView audited(UserAccount before, String action) {
    var after = users.byId(before.id()).orElseThrow();
    audit.record(AuditEntry.of(action, "adm_user", before.id(), before.username()).change(before.snapshot(), after.snapshot()));
    return UserView.of(after, clock.instant());
  }

  /** An admin cannot lock themselves out by deactivating or demoting their own account. */
  private void guardSelf(UserAccount target, boolean losingAccess) {
    if (losingAccess && CurrentUser.get().map(p -> p.userId() == target.id()).orElse(false)) {
      throw BusinessRuleException.invalid(null, "user.self.forbidden");
    }
  }

  private UserAccount find(UUID uuid) {
    return users.byUuid(uuid).orElseThrow(() -> BusinessRuleException.notFound("user.notFound"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
