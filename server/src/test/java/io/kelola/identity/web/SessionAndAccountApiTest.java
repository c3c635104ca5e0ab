package io.kelola.identity.web;

import static io.kelola.identity.web.AdminFixtures.OTHER_PASSWORD;
import static io.kelola.identity.web.AdminFixtures.PASSWORD;
import static io.kelola.identity.web.AdminFixtures.audits;
import static io.kelola.identity.web.AdminFixtures.createUser;
import static io.kelola.identity.web.AdminFixtures.delete;
import static io.kelola.identity.web.AdminFixtures.errorFields;
import static io.kelola.identity.web.AdminFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Active sessions (list, force logout) and the caller's own password change, over real HTTP. */
@IntegrationTest
class SessionAndAccountApiTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http admin;

  @BeforeEach
  void signIn() {
    admin = AdminFixtures.admin(port);
  }

  @Test
  void activeSessionsListShowsTheUsersApiSessionInSnakeCase() {
    var user = createUser(admin, "ses.list.", "OPERATOR");
    Http.api(port, user.username(), PASSWORD);

    var res = admin.get("/api/v1/admin/sessions?q=" + user.username());

    assertThat(res.statusCode()).isEqualTo(200);
    var page = Http.json(res);
    assertThat(page.get("total").asInt()).isEqualTo(1);
    var session = page.get("items").get(0);
    assertThat(session.get("username").asString()).isEqualTo(user.username());
    assertThat(session.get("role").asString()).isEqualTo("OPERATOR");
    assertThat(session.get("kind").asString()).isEqualTo("API");
    assertThat(session.get("auth_method").asString()).isEqualTo("PASSWORD");
    assertThat(session.has("last_activity_at")).isTrue();
    assertThat(session.has("id")).isFalse();
  }

  @Test
  void forceLogoutRefusesTheSessionsNextRequestAndIsAudited() {
    var user = createUser(admin, "ses.kill.", "OPERATOR");
    var victim = Http.api(port, user.username(), PASSWORD);
    var bystander = Http.api(port, user.username(), PASSWORD);
    assertThat(victim.get("/api/v1/menus").statusCode()).isEqualTo(200);
    var uuid = sessionUuidOf(victim, user.username());

    var res = delete(admin, "/api/v1/admin/sessions/" + uuid);

    assertThat(res.statusCode()).isEqualTo(204);
    assertThat(victim.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(bystander.get("/api/v1/menus").statusCode()).as("other sessions live on").isEqualTo(200);
    assertThat(audits(jdbc, "FORCE_LOGOUT", "adm_session", uuid)).isEqualTo(1);
    assertThat(delete(admin, "/api/v1/admin/sessions/" + uuid).statusCode()).as("already ended").isEqualTo(404);
    assertThat(audits(jdbc, "FORCE_LOGOUT", "adm_session", uuid)).isEqualTo(1);
  }

  @Test
  void forceLogoutOfUnknownOrMalformedSessionIds() {
    assertThat(delete(admin, "/api/v1/admin/sessions/00000000-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
    assertThat(delete(admin, "/api/v1/admin/sessions/xyz").statusCode()).isEqualTo(400);
  }

  @Test
  void changingOwnPasswordEndsTheOtherSessionsButKeepsThisOne() {
    var user = createUser(admin, "acc.pwd.", "OPERATOR");
    var current = Http.api(port, user.username(), PASSWORD);
    var other = Http.api(port, user.username(), PASSWORD);

    var res = current.sendJson("PUT", "/api/v1/account/password",
        json(Map.of("current_password", PASSWORD, "new_password", OTHER_PASSWORD)));

    assertThat(res.statusCode()).as(res.body()).isEqualTo(204);
    assertThat(current.get("/api/v1/menus").statusCode()).isEqualTo(200);
    assertThat(other.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(401);
    assertThat(login(port, user.username(), OTHER_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "CHANGE_PASSWORD", "adm_user", user.username())).isEqualTo(1);
  }

  @Test
  void wrongCurrentPasswordOrWeakNewPasswordChangeNothing() {
    var user = createUser(admin, "acc.bad.", "OPERATOR");
    var current = Http.api(port, user.username(), PASSWORD);
    var other = Http.api(port, user.username(), PASSWORD);

    var wrong = current.sendJson("PUT", "/api/v1/account/password",
        json(Map.of("current_password", "bukan-ini-sandinya", "new_password", OTHER_PASSWORD)));
    var weak = current.sendJson("PUT", "/api/v1/account/password",
        json(Map.of("current_password", PASSWORD, "new_password", "pendek")));
    var same = current.sendJson("PUT", "/api/v1/account/password",
        json(Map.of("current_password", PASSWORD, "new_password", PASSWORD)));
    var missing = current.sendJson("PUT", "/api/v1/account/password", "{\"current_password\":\"x\"}");

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(errorFields(wrong)).containsExactly("currentPassword");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(errorFields(weak)).containsExactly("newPassword");
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(errorFields(same)).containsExactly("newPassword");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(errorFields(missing)).contains("newPassword");
    assertThat(other.get("/api/v1/menus").statusCode()).isEqualTo(200);
    assertThat(login(port, user.username(), PASSWORD).statusCode()).isEqualTo(200);
    assertThat(audits(jdbc, "CHANGE_PASSWORD", "adm_user", user.username())).isZero();
  }

  /** The session a client rides on (its token's {@code sid}), checked to be in the admin list. */
  private String sessionUuidOf(Http client, String username) {
    var sid = tokenSession(client);
    var listed = new java.util.ArrayList<String>();
    Http.json(admin.get("/api/v1/admin/sessions?size=100&q=" + username)).get("items")
        .forEach(s -> listed.add(s.get("uuid").asString()));
    assertThat(listed).contains(sid);
    return sid;
  }

  /** Reads the {@code sid} claim of the client's access token (a JWT: header.payload.signature). */
  private static String tokenSession(Http client) {
    var auth = client.request("/").build().headers().firstValue("Authorization").orElseThrow();
    var payload = auth.substring(7).split("\\.")[1];
    JsonNode claims = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
    return claims.get("sid").asString();
  }

  private static String json(Map<String, String> body) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
  }
}
