package io.kelola.identity.web;

import static io.kelola.identity.web.AdminFixtures.PASSWORD;
import static io.kelola.identity.web.AdminFixtures.audits;
import static io.kelola.identity.web.AdminFixtures.createUser;
import static io.kelola.identity.web.AdminFixtures.errorFields;
import static io.kelola.identity.web.AdminFixtures.login;
import static io.kelola.identity.web.AdminFixtures.newUser;
import static io.kelola.identity.web.AdminFixtures.postEmpty;
import static io.kelola.identity.web.AdminFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The user administration API against a real server and database. */
@IntegrationTest
class UserAdminApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http admin;

  @BeforeEach
  void signIn() {
    admin = AdminFixtures.admin(port);
  }

  @Test
  void createdUserCanSignInAndTheCreationIsAudited() {
    var username = unique("api.new.");
    var res = admin.postJson("/api/v1/admin/users", newUser(username, "OPERATOR", PASSWORD));

    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    var body = Http.json(res);
    assertThat(res.headers().firstValue("Location")).hasValue("/api/v1/admin/users/" + body.get("uuid").asString());
    assertThat(body.get("username").asString()).isEqualTo(username);
    assertThat(body.get("role").asString()).isEqualTo("OPERATOR");
    assertThat(body.get("full_name").asString()).isEqualTo("Pengguna " + username);
    assertThat(body.get("is_active").asBoolean()).isTrue();
    assertThat(body.has("password_hash")).isFalse();
    assertThat(body.has("id")).isFalse();
    assertThat(login(port, username, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "CREATE", "adm_user", username)).isEqualTo(1);
  }

  @Test
  void duplicateUsernameIsAConflictOnTheUsernameField() {
    var existing = createUser(admin, "api.dup.", "OPERATOR");
    var again = newUser(existing.username().toUpperCase(), "OPERATOR", PASSWORD);
    var body = new java.util.HashMap<>(again);
    body.put("email", unique("other.") + "@example.co.id");

    var res = admin.postJson("/api/v1/admin/users", body);

    assertThat(res.statusCode()).isEqualTo(409);
    assertThat(res.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(errorFields(res)).containsExactly("username");
  }

  @Test
  void weakPasswordsAreRefusedOnThePasswordFieldAndNothingIsWritten() {
    var username = unique("api.weak.");
    var tooShort = admin.postJson("/api/v1/admin/users", newUser(username, "OPERATOR", "Pendek-1"));
    var containsName = admin.postJson("/api/v1/admin/users", newUser(username, "OPERATOR", "x-" + username + "-2026"));
    var tooSimple = admin.postJson("/api/v1/admin/users", newUser(username, "OPERATOR", "aaaaaaaaaaaabbbbbb"));

    for (var res : List.of(tooShort, containsName, tooSimple)) {
      assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
      assertThat(errorFields(res)).containsExactly("password");
    }
    assertThat(jdbc.sql("SELECT count(*) FROM adm_user WHERE username = :u").param("u", username)
        .query(Long.class).single()).isZero();
  }

  @Test
  void invalidEmailUnknownRoleAndMissingFieldsAreBadRequests() {
    var badEmail = new java.util.HashMap<>(newUser(unique("api.mail."), "OPERATOR", PASSWORD));
    badEmail.put("email", "bukan-email");
    var email = admin.postJson("/api/v1/admin/users", badEmail);
    var role = admin.postJson("/api/v1/admin/users", newUser(unique("api.role."), "NO_SUCH_ROLE", PASSWORD));
    var empty = admin.postJson("/api/v1/admin/users", "{}");
    var badNameBody = new java.util.HashMap<>(newUser("bad name!", "OPERATOR", PASSWORD));
    badNameBody.put("email", unique("name.") + "@example.co.id");
    var badName = admin.postJson("/api/v1/admin/users", badNameBody);
    var unknownField = admin.postJson("/api/v1/admin/users", "{\"username\":\"x\",\"is_admin\":true}");

    assertThat(email.statusCode()).isEqualTo(400);
    assertThat(errorFields(email)).containsExactly("email");
    assertThat(role.statusCode()).isEqualTo(400);
    assertThat(errorFields(role)).containsExactly("role");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(errorFields(empty)).contains("username", "email", "role", "password");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(errorFields(badName)).containsExactly("username");
    assertThat(unknownField.statusCode()).isEqualTo(400);
  }

  @Test
  void listSearchesFiltersSortsAndPages() {
    var prefix = unique("lst");
    var a = createUser(admin, prefix + ".a", "OPERATOR");
    var b = createUser(admin, prefix + ".b", "STAFF_SALES");
    var c = createUser(admin, prefix + ".c", "OPERATOR");

    var first = Http.json(admin.get("/api/v1/admin/users?q=" + prefix + "&size=2&sort=username&dir=desc"));
    var second = Http.json(admin.get("/api/v1/admin/users?q=" + prefix + "&size=2&page=2&sort=username&dir=desc"));
    var operators = Http.json(admin.get("/api/v1/admin/users?q=" + prefix + "&role=OPERATOR&sort=username"));

    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("page").asInt()).isEqualTo(1);
    assertThat(names(first)).containsExactly(c.username(), b.username());
    assertThat(names(second)).containsExactly(a.username());
    assertThat(names(operators)).containsExactly(a.username(), c.username());

    assertThat(postEmpty(admin, "/api/v1/admin/users/" + b.uuid() + "/deactivate").statusCode()).isEqualTo(200);
    var inactive = Http.json(admin.get("/api/v1/admin/users?q=" + prefix + "&active=false"));
    var active = Http.json(admin.get("/api/v1/admin/users?q=" + prefix + "&active=true&sort=username"));
    assertThat(names(inactive)).containsExactly(b.username());
    assertThat(names(active)).containsExactly(a.username(), c.username());
    assertThat(admin.get("/api/v1/admin/users?active=maybe").statusCode()).isEqualTo(400);
  }

  @Test
  void nulCharactersAndGarbageParametersNeverCauseServerErrors() {
    var listQ = admin.get("/api/v1/admin/users?q=a%00b&page=-1&size=100000&sort=%3Bdrop&dir=sideways");
    var listRole = admin.get("/api/v1/admin/users?role=%00");
    var sessions = admin.get("/api/v1/admin/sessions?q=%00&sort=x");
    var body = new java.util.HashMap<>(newUser(unique("api.nul."), "OPERATOR", PASSWORD));
    body.put("full_name", "Nama\u0000Aneh");
    var create = admin.postJson("/api/v1/admin/users", body);

    assertThat(listQ.statusCode()).isEqualTo(200);
    assertThat(Http.json(listQ).get("size").asInt()).isEqualTo(100);
    assertThat(listRole.statusCode()).isEqualTo(400);
    assertThat(errorFields(listRole)).containsExactly("role");
    assertThat(sessions.statusCode()).isEqualTo(200);
    assertThat(create.statusCode()).as(create.body()).isEqualTo(400);
    assertThat(errorFields(create)).containsExactly("fullName");
  }

  @Test
  void getByUuidAnswers404ForUnknownAnd400ForMalformedIds() {
    var user = createUser(admin, "api.get.", "OPERATOR");

    var found = admin.get("/api/v1/admin/users/" + user.uuid());
    var unknown = admin.get("/api/v1/admin/users/00000000-0000-4000-8000-000000000000");
    var malformed = admin.get("/api/v1/admin/users/not-a-uuid");

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(Http.json(found).get("username").asString()).isEqualTo(user.username());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Http.json(unknown).get("type").asString()).isEqualTo("https://kelola.io/problems/not-found");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/users/00000000-0000-4000-8000-000000000000",
        "{\"email\":\"x@example.co.id\",\"role\":\"OPERATOR\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void updateChangesProfileAndRoleAndIsAudited() {
    var user = createUser(admin, "api.upd.", "OPERATOR");
    var other = createUser(admin, "api.upd.other.", "OPERATOR");
    var email = unique("baru.") + "@example.co.id";

    var res = admin.sendJson("PUT", "/api/v1/admin/users/" + user.uuid(),
        "{\"email\":\"" + email + "\",\"full_name\":\"Nama Baru\",\"role\":\"STAFF_WH\"}");
    var takenEmail = admin.sendJson("PUT", "/api/v1/admin/users/" + user.uuid(),
        "{\"email\":\"" + other.email().toUpperCase() + "\",\"role\":\"STAFF_WH\"}");
    var badRole = admin.sendJson("PUT", "/api/v1/admin/users/" + user.uuid(), "{\"email\":\"" + email + "\",\"role\":\"NOPE\"}");

    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var body = Http.json(res);
    assertThat(body.get("email").asString()).isEqualTo(email);
    assertThat(body.get("full_name").asString()).isEqualTo("Nama Baru");
    assertThat(body.get("role").asString()).isEqualTo("STAFF_WH");
    assertThat(audits(jdbc, "UPDATE", "adm_user", user.username())).isEqualTo(1);
    assertThat(takenEmail.statusCode()).isEqualTo(409);
    assertThat(errorFields(takenEmail)).containsExactly("email");
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(errorFields(badRole)).containsExactly("role");
  }

  @Test
  void deactivatedUserLosesTheirTokenAtOnceAndCannotSignIn() {
    var user = createUser(admin, "api.off.", "OPERATOR");
    var session = Http.api(port, user.username(), PASSWORD);
    assertThat(session.get("/api/v1/menus").statusCode()).isEqualTo(200);

    var res = postEmpty(admin, "/api/v1/admin/users/" + user.uuid() + "/deactivate");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(Http.json(res).get("is_active").asBoolean()).isFalse();
    assertThat(session.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(401);
    assertThat(audits(jdbc, "DEACTIVATE", "adm_user", user.username())).isEqualTo(1);

    assertThat(postEmpty(admin, "/api/v1/admin/users/" + user.uuid() + "/activate").statusCode()).isEqualTo(200);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "ACTIVATE", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void anAdministratorCannotDeactivateTheirOwnAccount() {
    var sysadmin = createUser(admin, "api.self.", "SYSADMIN");
    var self = Http.api(port, sysadmin.username(), PASSWORD);

    var res = postEmpty(self, "/api/v1/admin/users/" + sysadmin.uuid() + "/deactivate");

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(self.get("/api/v1/admin/users/" + sysadmin.uuid()).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "DEACTIVATE", "adm_user", sysadmin.username())).isZero();
  }

  @Test
  void unlockClearsALockoutFromWrongPasswords() {
    var user = createUser(admin, "api.lock.", "OPERATOR");
    for (int i = 0; i < 5; i++) assertThat(login(port, user.username(), "salah-" + i).statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).as("locked").isEqualTo(401);
    assertThat(Http.json(admin.get("/api/v1/admin/users/" + user.uuid())).get("is_locked").asBoolean()).isTrue();

    var res = postEmpty(admin, "/api/v1/admin/users/" + user.uuid() + "/unlock");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(Http.json(res).get("is_locked").asBoolean()).isFalse();
    assertThat(Http.json(res).get("failed_login_count").asInt()).isZero();
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "UNLOCK", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void resetPasswordEndsEverySessionOfTheUser() {
    var user = createUser(admin, "api.rst.", "OPERATOR");
    var first = Http.api(port, user.username(), PASSWORD);
    var second = Http.api(port, user.username(), PASSWORD);

    var weak = admin.postJson("/api/v1/admin/users/" + user.uuid() + "/reset-password", Map.of("password", "pendek"));
    var missing = admin.postJson("/api/v1/admin/users/" + user.uuid() + "/reset-password", "{}");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(errorFields(weak)).containsExactly("password");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(first.get("/api/v1/menus").statusCode()).as("refused resets change nothing").isEqualTo(200);

    var res = admin.postJson("/api/v1/admin/users/" + user.uuid() + "/reset-password",
        Map.of("password", AdminFixtures.OTHER_PASSWORD));

    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    assertThat(first.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(second.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), AdminFixtures.OTHER_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "RESET_PASSWORD", "adm_user", user.username())).isEqualTo(1);
  }

  private static List<String> names(tools.jackson.databind.JsonNode page) {
    var names = new ArrayList<String>();
    page.get("items").forEach(u -> names.add(u.get("username").asString()));
    return names;
  }
}
