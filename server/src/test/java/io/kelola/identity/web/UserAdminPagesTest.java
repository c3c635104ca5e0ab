package io.kelola.identity.web;

import static io.kelola.identity.web.AdminFixtures.PASSWORD;
import static io.kelola.identity.web.AdminFixtures.audits;
import static io.kelola.identity.web.AdminFixtures.createUser;
import static io.kelola.identity.web.AdminFixtures.login;
import static io.kelola.identity.web.AdminFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The user administration pages, driven like a browser: cookie session, CSRF token, form posts. */
@IntegrationTest
class UserAdminPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http browser;

  @BeforeEach
  void signIn() {
    browser = Http.browser(port, "admin", Http.DEMO_PASSWORD);
  }

  @Test
  void listShowsUsersAsAFullPageOrJustTheTableForHtmx() {
    var page = browser.get("/admin/users?q=direktur");
    var fragment = browser.send(browser.request("/admin/users?q=direktur&sort=username&dir=desc")
        .header("HX-Request", "true").GET().build());
    var restore = browser.send(browser.request("/admin/users?q=direktur")
        .header("HX-Request", "true").header("HX-History-Restore-Request", "true").GET().build());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html", "id=\"user-filter\"", "id=\"users-table\"", "data-username=\"direktur\"",
        "id=\"user-new\"", "Direktur");
    assertThat(page.headers().firstValue("Vary").orElse("")).contains("HX-Request");
    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).doesNotContain("<html").contains("id=\"users-table\"", "data-username=\"direktur\"",
        "hx-swap-oob", "value=\"desc\"");
    assertThat(restore.body()).contains("<html");
  }

  @Test
  void listShowsStatusAsColourAndTextAndFiltersByStatusAndRole() {
    var prefix = unique("web.st");
    var on = createUser(port, prefix + ".on.", "OPERATOR");
    var off = createUser(port, prefix + ".off.", "STAFF_WH");
    assertThat(post("/admin/users/" + off.uuid() + "/deactivate", Map.of()).statusCode()).isEqualTo(302);

    var all = browser.get("/admin/users?q=" + prefix).body();
    var inactive = browser.get("/admin/users?q=" + prefix + "&active=false").body();
    var operators = browser.get("/admin/users?q=" + prefix + "&role=OPERATOR").body();
    var garbage = browser.get("/admin/users?q=" + prefix + "%00&active=maybe&role=%00&page=x&size=-3&sort=nope&dir=up");

    assertThat(all).contains("data-username=\"" + on.username() + "\"", "data-username=\"" + off.username() + "\"",
        "data-status=\"inactive\"", "bg-secondary-lt", "Nonaktif", "data-status=\"active\"", "bg-green-lt", "Aktif");
    assertThat(inactive).contains(off.username()).doesNotContain("data-username=\"" + on.username() + "\"");
    assertThat(operators).contains(on.username()).doesNotContain("data-username=\"" + off.username() + "\"");
    assertThat(garbage.statusCode()).isEqualTo(200);
    assertThat(garbage.body()).contains(on.username(), off.username());
  }

  @Test
  void createFormMakesAUserAndRedirectsToItWithASuccessMessage() {
    var form = browser.get("/admin/users/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"user-form\"", "Minimal 12 karakter", "Operator", "Staf Gudang");

    var username = unique("web.new.");
    var res = post("/admin/users/new", fields(username, username + "@example.co.id", "OPERATOR", PASSWORD));

    assertThat(res.statusCode()).isEqualTo(302);
    var location = location(res);
    assertThat(location).matches("/admin/users/[0-9a-f-]{36}\\?done=created");
    var detail = browser.get(location);
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("id=\"flash\"", "Pengguna berhasil dibuat.", "data-username=\"" + username + "\"");
    assertThat(login(port, username, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "CREATE", "adm_user", username)).isEqualTo(1);
  }

  @Test
  void invalidCreateFormReRendersWithFieldErrorsAndKeepsInputButNotThePassword() {
    var username = unique("web.bad.");
    var password = "Rahasia-Tidak-Dikembalikan-1";

    var badEmail = post("/admin/users/new", fields(username, "bukan-email", "OPERATOR", password));
    var blankEmail = post("/admin/users/new", fields(username, "", "OPERATOR", password));
    var weak = post("/admin/users/new", fields(username, username + "@example.co.id", "OPERATOR", "pendek"));
    var role = post("/admin/users/new", fields(username, username + "@example.co.id", "NO_SUCH_ROLE", password));
    var controlChars = fields(username, username + "@example.co.id", "OPERATOR", password);
    controlChars.put("fullName", "Baris\nBaru\u0000");
    var control = post("/admin/users/new", controlChars);

    assertThat(badEmail.statusCode()).isEqualTo(400);
    assertThat(badEmail.body()).contains("data-field-error=\"email\"", "Format email tidak valid.",
        "value=\"" + username + "\"", "value=\"bukan-email\"", "id=\"form-error\"").doesNotContain(password);
    assertThat(blankEmail.body()).contains("data-field-error=\"email\"", "Wajib diisi.");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("data-field-error=\"password\"", "Kata sandi minimal 12 karakter.",
        "value=\"" + username + "\"");
    assertThat(role.statusCode()).isEqualTo(400);
    assertThat(role.body()).contains("data-field-error=\"role\"", "Peran tidak dikenal.");
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(control.body()).contains("data-field-error=\"fullName\"");
    assertThat(jdbc.sql("SELECT count(*) FROM adm_user WHERE username = :u").param("u", username)
        .query(Long.class).single()).isZero();
  }

  @Test
  void duplicateUsernameInTheFormIsShownAtTheUsernameField() {
    var existing = createUser(port, "web.dup.", "OPERATOR");

    var res = post("/admin/users/new", fields(existing.username(), unique("x.") + "@example.co.id", "OPERATOR", PASSWORD));

    assertThat(res.statusCode()).isEqualTo(409);
    assertThat(res.body()).contains("data-field-error=\"username\"", "Nama pengguna sudah dipakai.");
  }

  @Test
  void editPageSavesProfileChangesAndShowsErrorsInline() {
    var user = createUser(port, "web.edit.", "OPERATOR");
    var path = "/admin/users/" + user.uuid();
    assertThat(browser.get(path).body()).contains("id=\"user-form\"", "id=\"user-save\"", "id=\"reset-password-form\"",
        "id=\"user-deactivate\"", user.email());

    var email = unique("baru.") + "@example.co.id";
    var saved = post(path, Map.of("email", email, "fullName", "Nama Baru", "role", "STAFF_WH"));
    var invalid = post(path, Map.of("email", "rusak", "fullName", "Tetap Diketik", "role", "STAFF_WH"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(location(saved)).isEqualTo(path + "?done=saved");
    assertThat(browser.get(path + "?done=saved").body()).contains("id=\"flash\"", "Perubahan tersimpan.", email, "Nama Baru");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("data-field-error=\"email\"", "value=\"rusak\"", "value=\"Tetap Diketik\"");
    assertThat(audits(jdbc, "UPDATE", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void actionButtonsDeactivateActivateUnlockAndResetPassword() {
    var user = createUser(port, "web.act.", "OPERATOR");
    var path = "/admin/users/" + user.uuid();
    var session = Http.api(port, user.username(), PASSWORD);

    var off = post(path + "/deactivate", Map.of());
    assertThat(location(off)).isEqualTo(path + "?done=deactivated");
    assertThat(session.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(browser.get(path + "?done=deactivated").body()).contains("id=\"flash\"", "id=\"user-activate\"");
    assertThat(location(post(path + "/activate", Map.of()))).isEqualTo(path + "?done=activated");

    for (int i = 0; i < 5; i++) login(port, user.username(), "salah-" + i);
    assertThat(browser.get(path).body()).contains("Terkunci", "id=\"user-unlock\"");
    assertThat(location(post(path + "/unlock", Map.of()))).isEqualTo(path + "?done=unlocked");
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(200);

    var fresh = Http.api(port, user.username(), PASSWORD);
    var weak = post(path + "/reset-password", Map.of("password", "pendek"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("data-field-error=\"password\"", "id=\"reset-password-form\"");
    var reset = post(path + "/reset-password", Map.of("password", AdminFixtures.OTHER_PASSWORD));
    assertThat(location(reset)).isEqualTo(path + "?done=passwordReset");
    assertThat(fresh.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), AdminFixtures.OTHER_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "RESET_PASSWORD", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void ownAccountCannotBeDeactivatedFromItsPage() {
    var sysadmin = createUser(port, "web.self.", "SYSADMIN");
    var self = Http.browser(port, sysadmin.username(), PASSWORD);
    var path = "/admin/users/" + sysadmin.uuid();
    assertThat(self.get(path).body()).doesNotContain("id=\"user-deactivate\"");

    var res = self.postForm(path + "/deactivate", Map.of());

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("id=\"form-error\"", "Anda tidak dapat menonaktifkan");
    assertThat(self.get("/admin/users").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownOrMalformedUserIdsAreNotFound() {
    assertThat(browser.get("/admin/users/00000000-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
    assertThat(browser.get("/admin/users/bukan-uuid").statusCode()).isEqualTo(404);
    assertThat(post("/admin/users/bukan-uuid/unlock", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void pagesFollowThePermissionsOfTheCaller() {
    var user = createUser(port, "web.perm.", "OPERATOR");
    var operator = Http.browser(port, "operator1", Http.DEMO_PASSWORD);
    var director = Http.browser(port, "direktur", Http.DEMO_PASSWORD);

    assertThat(operator.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(operator.get("/admin/users/new").statusCode()).isEqualTo(403);
    assertThat(operator.get("/admin/users/" + user.uuid()).statusCode()).isEqualTo(403);

    var list = director.get("/admin/users?q=" + user.username());
    var detail = director.get("/admin/users/" + user.uuid());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(user.username()).doesNotContain("id=\"user-new\"");
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("id=\"user-form\"")
        .doesNotContain("id=\"user-save\"", "id=\"user-actions\"", "id=\"reset-password-form\"");
    assertThat(director.postForm("/admin/users/" + user.uuid() + "/deactivate", Map.of()).statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/admin/users").statusCode()).isEqualTo(302);
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    browser.get("/admin/users/new"); // a fresh page, as a browser would have, carrying the CSRF token
    return browser.postForm(path, fields);
  }

  private static Map<String, String> fields(String username, String email, String role, String password) {
    var f = new HashMap<String, String>();
    f.put("username", username);
    f.put("email", email);
    f.put("fullName", "Pengguna Web");
    f.put("role", role);
    f.put("password", password);
    return f;
  }

  private String location(HttpResponse<String> res) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(302);
    var location = res.headers().firstValue("Location").orElseThrow();
    return location.startsWith(browser.base()) ? location.substring(browser.base().length()) : location;
  }
}
