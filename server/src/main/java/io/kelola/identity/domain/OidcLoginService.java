package io.kelola.identity.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditActor;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.DemoMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with an identity the OIDC provider has already verified. The provider proves who the
 * person is; Kelola decides whether that person has an account and what it may do: the account is
 * found by its linked subject, or once by a verified e-mail (then linked), and never created here.
 */
@Service
public class OidcLoginService {

  /** Audit verb for the first sign-in that ties an OIDC subject to a local account. */
  public static final String OIDC_LINK = "OIDC_LINK";

  static final int MAX_CLAIM = 254;

  private final UserRepository users;
  private final OidcAccountRepository accounts;
  private final SessionService sessions;
  private final AuditTrail audit;
  private final DemoMode demo;
  private final Clock clock;

  OidcLoginService(UserRepository users, OidcAccountRepository accounts, SessionService sessions, AuditTrail audit,
      DemoMode demo, Clock clock) {
    this.users = users;
    this.accounts = accounts;
    this.sessions = sessions;
    this.audit = audit;
    this.demo = demo;
    this.clock = clock;
  }

  /**
   * @param subject the ID token's {@code sub}
   * @param email the {@code email} claim, may be null
   * @param emailVerified the {@code email_verified} claim; only a verified e-mail may link an account
   */
  @Transactional
  public LoginResult login(String subject, String email, Boolean emailVerified, String ip, String userAgent) {
    if (subject == null || subject.isBlank() || subject.length() > 255) return fail(null, subject, email, "invalid_subject");
    var mail = email == null || email.isBlank() || email.length() > MAX_CLAIM ? null : email.strip();

    var linked = users.byOidcSubject(subject);
    UserAccount user;
    boolean link = false;
    if (linked.isPresent()) {
      user = linked.get();
    } else {
      if (mail == null) return fail(null, subject, null, "unknown_subject");
      if (!Boolean.TRUE.equals(emailVerified)) return fail(null, subject, mail, "email_unverified");
      Optional<UserAccount> byMail = users.byEmail(mail);
      if (byMail.isEmpty()) return fail(null, subject, mail, "unknown_email");
      user = byMail.get();
      // the account already belongs to another provider identity: an e-mail match must not steal it
      if (user.oidcSubject() != null) return fail(user, subject, mail, "subject_mismatch");
      link = true;
    }
    if (!user.active()) return fail(user, subject, mail, "inactive");
    if (user.demo() && !demo.enabled()) return fail(user, subject, mail, "demo_disabled");

    var actor = new AuditActor(user.id(), user.username());
    if (link) {
      if (!accounts.linkIfUnlinked(user.id(), subject)) return fail(user, subject, mail, "subject_mismatch");
      audit.record(AuditEntry.of(OIDC_LINK, "adm_user", user.id(), user.username())
          .change(null, Map.of("oidc_subject", subject, "email", mail)), actor);
    }
    accounts.recordLogin(user.id(), clock.instant());
    var session = sessions.open(user, SessionKind.BROWSER, "OIDC", ip, userAgent);
    audit.record(AuditEntry.of(AuditActions.LOGIN, "adm_session", session.id(), session.uuid().toString())
        .change(null, Map.of("kind", SessionKind.BROWSER.name(), "method", "OIDC")), actor);
    return new LoginResult.Success(user, session);
  }

  /** A sign-in that failed before any identity was established (provider error, forged callback). */
  @Transactional
  public void protocolFailure(String errorCode) {
    var code = errorCode == null || errorCode.isBlank() ? "unknown" : errorCode;
    audit.record(AuditEntry.of(AuditActions.LOGIN_FAILED, "adm_user", null, null)
            .change(null, Map.of("method", "OIDC", "reason", "oidc_error", "error", cut(code, 60))),
        new AuditActor(null, null));
  }

  private LoginResult fail(UserAccount user, String subject, String email, String reason) {
    var detail = new LinkedHashMap<String, Object>();
    detail.put("method", "OIDC");
    detail.put("reason", reason);
    if (subject != null) detail.put("subject", cut(subject, 255));
    if (email != null) detail.put("email", email);
    var key = user != null ? user.username() : email != null ? email : subject;
    audit.record(AuditEntry.of(AuditActions.LOGIN_FAILED, "adm_user", user == null ? null : user.id(),
            key == null ? null : cut(key, 100)).change(null, detail),
        new AuditActor(user == null ? null : user.id(), user == null ? null : user.username()));
    return new LoginResult.Failure();
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
