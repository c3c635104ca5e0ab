package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserService;
import io.kelola.identity.domain.UserView;
import io.kelola.support.Http;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole OIDC authorization-code flow against a real in-process provider (mock-oauth2-server):
 * browser → Kelola → provider → Kelola callback → session cookie → API call, with redirects
 * followed by hand so every hop is checked.
 */
class OidcLoginTest extends OidcTestBase {

  static final String PASSWORD = "Rahasia-Kuat-2026!";

  @Autowired UserService users;
  @Autowired JdbcClient jdbc;

  @Test
  void verifiedEmailLinksTheAccountAndLaterSignInsMatchBySubject() {
    var user = newUser("sso", true);
    var subject = "sub-" + user.username();

    var browser = new Browser();
    var callback = browser.signIn(subject, claims(user.email(), true));
    assertThat(callback.statusCode()).isEqualTo(302);
    assertThat(browser.location(callback)).isEqualTo("/");
    assertThat(browser.cookie(SessionCookie.NAME)).isNotNull();
    assertThat(browser.cookie(CookieAuthorizationRequestRepository.NAME)).as("authorization request cookie used once").isNull();
    assertThat(browser.cookie("JSESSIONID")).as("no HTTP session").isNull();

    var menus = browser.get("/api/v1/menus");
    assertThat(menus.statusCode()).isEqualTo(200);
    var expected = Http.api(port, "sales1", Http.DEMO_PASSWORD).get("/api/v1/menus");
    assertThat(Http.json(menus)).as("menu of the user's Kelola role").isEqualTo(Http.json(expected));
    assertThat(Http.json(menus).size()).isPositive();

    assertThat(oidcSubjectOf(user)).isEqualTo(subject);
    assertThat(auditCount(user, "OIDC_LINK")).isEqualTo(1);
    assertThat(loginAudits(user)).hasSize(1).allSatisfy(v -> assertThat(v).contains("\"method\":\"OIDC\""));
    assertThat(jdbc.sql("SELECT auth_method FROM adm_session WHERE user_id = (SELECT id FROM adm_user WHERE uuid = :u)")
        .param("u", user.uuid()).query(String.class).list()).containsExactly("OIDC");
    assertThat(jdbc.sql("SELECT last_login IS NOT NULL FROM adm_user WHERE uuid = :u").param("u", user.uuid())
        .query(Boolean.class).single()).isTrue();

    // the provider now reports another, unverified address: the linked subject still finds the account
    var again = new Browser();
    var second = again.signIn(subject, claims("renamed-" + user.email(), false));
    assertThat(again.location(second)).isEqualTo("/");
    assertThat(again.get("/api/v1/menus").statusCode()).isEqualTo(200);
    assertThat(loginAudits(user)).hasSize(2);
    assertThat(auditCount(user, "OIDC_LINK")).as("linked once").isEqualTo(1);
  }

  @Test
  void aPasswordLockoutDoesNotBlockSsoAndIsLeftInPlace() {
    var user = newUser("locked", true);
    jdbc.sql("UPDATE adm_user SET failed_login_count = 5, locked_until = now() + interval '30 minutes' WHERE uuid = :u")
        .param("u", user.uuid()).update();

    var browser = new Browser();
    assertThat(browser.location(browser.signIn("sub-" + user.username(), claims(user.email(), true)))).isEqualTo("/");
    assertThat(browser.get("/api/v1/menus").statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT failed_login_count FROM adm_user WHERE uuid = :u").param("u", user.uuid())
        .query(Integer.class).single()).as("password lockout untouched").isEqualTo(5);
  }

  @Test
  void unverifiedEmailIsRefusedAndNotLinked() {
    var user = newUser("unverified", true);
    var browser = new Browser();
    var callback = browser.signIn("sub-" + user.username(), claims(user.email(), false));

    assertRefused(browser, callback);
    assertThat(oidcSubjectOf(user)).isNull();
    assertThat(failureReasons(user.email())).containsExactly("email_unverified");
    assertThat(loginAudits(user)).isEmpty();
  }

  @Test
  void inactiveUserIsRefused() {
    var user = newUser("inactive", false);
    var browser = new Browser();
    var callback = browser.signIn("sub-" + user.username(), claims(user.email(), true));

    assertRefused(browser, callback);
    assertThat(oidcSubjectOf(user)).isNull();
    assertThat(failureReasons(user.username())).containsExactly("inactive");
  }

  @Test
  void unknownEmailIsRefusedAndNoUserIsCreated() {
    var email = "nobody" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.test";
    var browser = new Browser();
    var callback = browser.signIn("sub-" + email, claims(email, true));

    assertRefused(browser, callback);
    assertThat(jdbc.sql("SELECT count(*) FROM adm_user WHERE lower(email) = lower(:e)").param("e", email)
        .query(Long.class).single()).isZero();
    assertThat(failureReasons(email)).containsExactly("unknown_email");
  }

  @Test
  void anAccountLinkedToOneSubjectCannotBeTakenByAnotherWithTheSameEmail() {
    var user = newUser("taken", true);
    var first = "sub-a-" + user.username();
    var firstBrowser = new Browser();
    assertThat(firstBrowser.location(firstBrowser.signIn(first, claims(user.email(), true)))).isEqualTo("/");

    var browser = new Browser();
    var callback = browser.signIn("sub-b-" + user.username(), claims(user.email(), true));
    assertRefused(browser, callback);
    assertThat(oidcSubjectOf(user)).isEqualTo(first);
    assertThat(failureReasons(user.username())).containsExactly("subject_mismatch");
  }

  @Test
  void aCallbackThatThisBrowserDidNotStartIsRefused() {
    var browser = new Browser();
    var res = browser.get("/login/oauth2/code/oidc?code=forged&state=forged");
    assertRefused(browser, res);
  }

  @Test
  void loginPageOffersSsoAndExplainsAFailureGenerically() {
    var browser = new Browser();
    var plain = browser.get("/login");
    assertThat(plain.body()).contains("href=\"/oauth2/authorization/oidc\"").doesNotContain("login-sso-error");
    var failed = browser.get("/login?sso=failed");
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(failed.body()).contains("id=\"login-sso-error\"").contains("Masuk dengan SSO gagal");
    // the password form's own failure page still renders, without the SSO message
    var wrong = Http.anonymous(port).submitLogin("nobody", "wrong-password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("id=\"login-error\"").doesNotContain("login-sso-error").contains("id=\"login-sso\"");
  }

  // --- helpers -------------------------------------------------------------------------------

  private UserView newUser(String prefix, boolean active) {
    var name = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    var view = users.create(new NewUser(name, name + "@Example.test", "SSO " + name, "STAFF_SALES", PASSWORD));
    return active ? view : users.setActive(view.uuid(), false);
  }

  private static Map<String, Object> claims(String email, boolean verified) {
    var claims = new HashMap<String, Object>();
    claims.put("email", email);
    claims.put("email_verified", verified);
    return claims;
  }

  private void assertRefused(Browser browser, HttpResponse<String> res) {
    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(browser.location(res)).isEqualTo("/login?sso=failed");
    assertThat(browser.cookie(SessionCookie.NAME)).isNull();
    assertThat(browser.get("/api/v1/menus").statusCode()).isEqualTo(401);
    var page = browser.get("/login?sso=failed");
    assertThat(page.body()).contains("id=\"login-sso-error\"");
  }

  private String oidcSubjectOf(UserView user) {
    return jdbc.sql("SELECT oidc_subject FROM adm_user WHERE uuid = :u").param("u", user.uuid())
        .query(String.class).optional().orElse(null);
  }

  private long auditCount(UserView user, String action) {
    return jdbc.sql("SELECT count(*) FROM log_audit WHERE action = :a AND user_id = (SELECT id FROM adm_user WHERE uuid = :u)")
        .param("a", action).param("u", user.uuid()).query(Long.class).single();
  }

  private List<String> loginAudits(UserView user) {
    return jdbc.sql("SELECT new_value FROM log_audit WHERE action = 'LOGIN' AND user_id = (SELECT id FROM adm_user WHERE uuid = :u)")
        .param("u", user.uuid()).query(String.class).list();
  }

  private List<String> failureReasons(String entityKey) {
    return jdbc.sql("SELECT new_value::jsonb ->> 'reason' FROM log_audit WHERE action = 'LOGIN_FAILED' AND entity_key = :k")
        .param("k", entityKey).query(String.class).list();
  }
}
