package io.kelola.identity.web;

import static io.kelola.identity.web.AdminFixtures.OTHER_PASSWORD;
import static io.kelola.identity.web.AdminFixtures.PASSWORD;
import static io.kelola.identity.web.AdminFixtures.audits;
import static io.kelola.identity.web.AdminFixtures.createUser;
import static io.kelola.identity.web.AdminFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The active-sessions page (force logout) and the own-password page, driven like a browser. */
@IntegrationTest
class SessionAndAccountPagesTest {

  private static final Pattern SESSION_ROW = Pattern.compile("data-session=\"([0-9a-f-]{36})\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void sessionsPageListsSessionsAndForcesALogout() {
    var user = createUser(port, "web.ses.", "OPERATOR");
    var victim = Http.browser(port, user.username(), PASSWORD);
    assertThat(victim.get("/").statusCode()).isEqualTo(200);
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);

    var page = admin.get("/admin/sessions?q=" + user.username());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"sessions-table\"", "data-username=\"" + user.username() + "\"", "Peramban",
        "Kata sandi", " WIB");
    var matcher = SESSION_ROW.matcher(page.body());
    assertThat(matcher.find()).isTrue();
    var uuid = matcher.group(1);
    assertThat(matcher.find()).as("one session only").isFalse();

    var res = admin.postForm("/admin/sessions/" + uuid + "/revoke", Map.of());

    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(res.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sessions?done=revoked");
    assertThat(victim.get("/").statusCode()).as("sent to the login page").isEqualTo(302);
    assertThat(victim.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(audits(jdbc, "FORCE_LOGOUT", "adm_session", uuid)).isEqualTo(1);
    var after = admin.get("/admin/sessions?done=revoked&q=" + user.username()).body();
    assertThat(after).contains("id=\"flash\"", "id=\"sessions-empty\"");
    assertThat(admin.postForm("/admin/sessions/" + uuid + "/revoke", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void theCallersOwnSessionIsMarkedInsteadOfOfferingForceLogout() {
    var user = createUser(port, "web.own.", "SYSADMIN");
    var self = Http.browser(port, user.username(), PASSWORD);

    var body = self.get("/admin/sessions?q=" + user.username()).body();

    assertThat(body).contains("data-current-session", "Sesi ini").doesNotContain("data-revoke=");
  }

  @Test
  void sessionsPageNeedsTheSessionPermission() {
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/admin/sessions").statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "direktur", Http.DEMO_PASSWORD).get("/admin/sessions").statusCode()).isEqualTo(403);
  }

  @Test
  void ownPasswordPageChangesThePasswordAndSignsOutOtherSessionsOnly() {
    var user = createUser(port, "web.pwd.", "OPERATOR");
    var browser = Http.browser(port, user.username(), PASSWORD);
    var elsewhere = Http.api(port, user.username(), PASSWORD);
    var form = browser.get("/account/password");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"password-form\"", "Minimal 12 karakter", "perangkat lain");

    var res = browser.postForm("/account/password",
        Map.of("currentPassword", PASSWORD, "newPassword", OTHER_PASSWORD, "confirmPassword", OTHER_PASSWORD));

    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(res.headers().firstValue("Location").orElseThrow()).endsWith("/account/password?done=changed");
    var done = browser.get("/account/password?done=changed");
    assertThat(done.statusCode()).as("this session stays signed in").isEqualTo(200);
    assertThat(done.body()).contains("id=\"flash\"", "Kata sandi berhasil diubah.");
    assertThat(elsewhere.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), OTHER_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "CHANGE_PASSWORD", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void ownPasswordPageExplainsEachMistakeAtItsField() {
    var user = createUser(port, "web.pwx.", "OPERATOR");
    var browser = Http.browser(port, user.username(), PASSWORD);
    browser.get("/account/password");

    var mismatch = browser.postForm("/account/password",
        Map.of("currentPassword", PASSWORD, "newPassword", OTHER_PASSWORD, "confirmPassword", OTHER_PASSWORD + "x"));
    var wrong = browser.postForm("/account/password",
        Map.of("currentPassword", "bukan-sandinya", "newPassword", OTHER_PASSWORD, "confirmPassword", OTHER_PASSWORD));
    var weak = browser.postForm("/account/password",
        Map.of("currentPassword", PASSWORD, "newPassword", "pendek", "confirmPassword", "pendek"));
    var blank = browser.postForm("/account/password", Map.of());

    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("data-field-error=\"confirmPassword\"").doesNotContain(OTHER_PASSWORD);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("data-field-error=\"currentPassword\"", "Kata sandi saat ini salah.");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("data-field-error=\"newPassword\"");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("data-field-error=\"currentPassword\"", "data-field-error=\"newPassword\"");
    assertThat(login(port, user.username(), PASSWORD).statusCode()).as("password unchanged").isEqualTo(200);
  }

  @Test
  void ownPasswordPageIsForEverySignedInUserOnly() {
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/account/password").statusCode()).isEqualTo(200);
    var anonymous = Http.anonymous(port).get("/account/password");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");
  }
}
