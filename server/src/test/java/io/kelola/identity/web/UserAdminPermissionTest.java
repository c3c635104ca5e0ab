package io.kelola.identity.web;

import static io.kelola.identity.web.AdminFixtures.createUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may call the user and session administration API: by permission code, never by accident. */
@IntegrationTest
class UserAdminPermissionTest {

  @LocalServerPort int port;

  private static final String NEW_USER = "{\"username\":\"tidak.boleh\",\"email\":\"tidak.boleh@example.co.id\","
      + "\"role\":\"OPERATOR\",\"password\":\"Gudang-Rahasia-77\"}";

  /** Every admin endpoint, as a call on a client. */
  private List<Function<Http, HttpResponse<String>>> adminCalls(String userUuid, String sessionUuid) {
    var user = "/api/v1/admin/users/" + userUuid;
    return List.of(
        h -> h.get("/api/v1/admin/users"),
        h -> h.get(user),
        h -> h.postJson("/api/v1/admin/users", NEW_USER),
        h -> h.sendJson("PUT", user, "{\"email\":\"x@example.co.id\",\"role\":\"OPERATOR\"}"),
        h -> h.sendJson("POST", user + "/activate", ""),
        h -> h.sendJson("POST", user + "/deactivate", ""),
        h -> h.sendJson("POST", user + "/unlock", ""),
        h -> h.postJson(user + "/reset-password", "{\"password\":\"Gudang-Rahasia-88\"}"),
        h -> h.get("/api/v1/admin/sessions"),
        h -> AdminFixtures.delete(h, "/api/v1/admin/sessions/" + sessionUuid));
  }

  @Test
  void aRoleWithoutAdminPermissionsIsForbiddenEverywhereButItsOwnAccount() {
    var target = createUser(port, "perm.t.", "OPERATOR");
    var targetSession = Http.api(port, target.username(), AdminFixtures.PASSWORD);
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    var sessionUuid = Http.json(AdminFixtures.admin(port).get("/api/v1/admin/sessions?q=" + target.username()))
        .get("items").get(0).get("uuid").asString();

    for (var call : adminCalls(target.uuid(), sessionUuid)) {
      var res = call.apply(operator);
      assertThat(res.statusCode()).as(res.request().method() + " " + res.uri()).isEqualTo(403);
    }
    // nothing happened to the target: still active, still signed in
    assertThat(targetSession.get("/api/v1/menus").statusCode()).isEqualTo(200);
    // the own-account endpoint is open to any signed-in user (a wrong current password proves it ran)
    var own = operator.sendJson("PUT", "/api/v1/account/password",
        "{\"current_password\":\"bukan-sandi-ini\",\"new_password\":\"Gudang-Rahasia-99\"}");
    assertThat(own.statusCode()).isEqualTo(400);
  }

  @Test
  void callersWithoutAValidCredentialAreUnauthenticatedEverywhere() {
    var someUuid = "00000000-0000-4000-8000-000000000000";
    var stale = Http.anonymous(port).withBearer("eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJ4In0.bm90LWEtc2lnbmF0dXJl");

    for (var call : adminCalls(someUuid, someUuid)) {
      var res = call.apply(stale);
      assertThat(res.statusCode()).as(res.request().method() + " " + res.uri()).isEqualTo(401);
    }
    assertThat(stale.sendJson("PUT", "/api/v1/account/password",
        "{\"current_password\":\"a\",\"new_password\":\"b\"}").statusCode()).isEqualTo(401);
  }

  @Test
  void anonymousCallersAreRefusedEverywhere() {
    var anonymous = Http.anonymous(port);
    var someUuid = "00000000-0000-4000-8000-000000000000";

    for (var call : adminCalls(someUuid, someUuid)) {
      var res = call.apply(anonymous);
      var what = res.request().method() + " " + res.uri();
      // an API call without any session cookie is not subject to CSRF: it is simply unauthenticated
      assertThat(res.statusCode()).as(what).isEqualTo(401);
    }
  }

  @Test
  void readOnlyUserAdministrationMayListButNotChange() {
    var target = createUser(port, "perm.ro.", "OPERATOR");
    var director = Http.api(port, "direktur", Http.DEMO_PASSWORD);

    assertThat(director.get("/api/v1/admin/users?q=" + target.username()).statusCode()).isEqualTo(200);
    assertThat(director.get("/api/v1/admin/users/" + target.uuid()).statusCode()).isEqualTo(200);
    assertThat(director.postJson("/api/v1/admin/users", NEW_USER).statusCode()).isEqualTo(403);
    assertThat(director.sendJson("POST", "/api/v1/admin/users/" + target.uuid() + "/deactivate", "").statusCode())
        .isEqualTo(403);
    assertThat(director.get("/api/v1/admin/sessions").statusCode()).isEqualTo(403);
  }
}
