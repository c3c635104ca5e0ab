package io.kelola.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoleAdministrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http admin() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private static List<String> permissionsOf(JsonNode matrix, String role) {
    for (var r : matrix.get("roles")) {
      if (r.get("code").asString().equals(role)) {
        var codes = new ArrayList<String>();
        r.get("permissions").forEach(p -> codes.add(p.asString()));
        return codes;
      }
    }
    throw new AssertionError("role " + role + " missing");
  }

  private static String body(List<String> permissions) {
    return "{\"permissions\":[" + String.join(",", permissions.stream().map(p -> "\"" + p + "\"").toList()) + "]}";
  }

  @Test
  void adminReadsTheMatrixWithEveryPermission() {
    var res = admin().get("/api/v1/admin/roles");
    assertThat(res.statusCode()).isEqualTo(200);
    var json = Http.json(res);
    assertThat(permissionsOf(json, "SYSADMIN")).contains("ADMIN.ROLE.MANAGE", "ADMIN.AUDIT.EXPORT");
    assertThat(permissionsOf(json, "MANAGER")).containsExactlyInAnyOrder("ADMIN.USER.READ", "ADMIN.AUDIT.VIEW",
        "MASTER.READ", "MASTER.MANAGE", "MASTER.EXPORT", "INV.READ", "INV.LOT.STATUS", "INV.EXPORT", "LOT.INTAKE",
        "LOT.READ", "QC.SPEC", "SARI.DASHBOARD");
    var sysadmin = json.get("roles").get(0);
    assertThat(sysadmin.get("code").asString()).isEqualTo("SYSADMIN");
    assertThat(sysadmin.get("is_system").asBoolean()).isTrue();
    assertThat(sysadmin.get("level").asInt()).isEqualTo(1);
    assertThat(sysadmin.has("id")).isFalse();
    var codes = new TreeSet<String>();
    json.get("permissions").forEach(p -> codes.add(p.get("code").asString()));
    assertThat(codes).contains("SO.READ", "ADMIN.AUDIT.VIEW", "ADMIN.MENU.MANAGE");
  }

  @Test
  void grantingAPermissionOpensItsEndpointsAtOnceAndRevokingClosesThem() {
    var admin = admin();
    var original = permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "OPERATOR");
    assertThat(original).doesNotContain("ADMIN.AUDIT.VIEW");
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    long auditRowsBefore = operatorRoleAuditRows();
    try {
      assertThat(operator.get("/api/v1/audit").statusCode()).isEqualTo(403);
      var granted = new ArrayList<>(original);
      granted.add("ADMIN.AUDIT.VIEW");
      var res = admin.sendJson("PUT", "/api/v1/admin/roles/OPERATOR/permissions", body(granted));
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(Http.json(res).get("permissions").toString()).contains("ADMIN.AUDIT.VIEW");

      assertThat(operator.get("/api/v1/audit").statusCode()).isEqualTo(200);
      assertThat(operatorRoleAuditRows()).isEqualTo(auditRowsBefore + 1);
      var newValue = jdbc.sql("""
          SELECT new_value FROM log_audit WHERE entity_type = 'adm_role' AND entity_key = 'OPERATOR'
          ORDER BY id DESC LIMIT 1""").query(String.class).single();
      assertThat(newValue).contains("ADMIN.AUDIT.VIEW");
    } finally {
      assertThat(admin.sendJson("PUT", "/api/v1/admin/roles/OPERATOR/permissions", body(original)).statusCode()).isEqualTo(200);
    }
    assertThat(operator.get("/api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "OPERATOR")).containsExactlyInAnyOrderElementsOf(original);
  }

  private long operatorRoleAuditRows() {
    return jdbc.sql("SELECT count(*) FROM log_audit WHERE entity_type = 'adm_role' AND entity_key = 'OPERATOR' AND action = 'UPDATE'")
        .query(Long.class).single();
  }

  @Test
  void unknownPermissionCodesAreRefusedAndNothingChanges() {
    var admin = admin();
    var before = permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "READONLY");
    var res = admin.sendJson("PUT", "/api/v1/admin/roles/READONLY/permissions", body(List.of("SO.READ", "NOPE.NOTHING")));
    assertThat(res.statusCode()).isEqualTo(400);
    var problem = Http.json(res);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("permissions");
    assertThat(problem.get("errors").get(0).get("message").asString()).contains("NOPE.NOTHING");
    assertThat(permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "READONLY")).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void badBodiesAndUnknownRolesAreRefused() {
    var admin = admin();
    assertThat(admin.sendJson("PUT", "/api/v1/admin/roles/NO_SUCH_ROLE/permissions", body(List.of("SO.READ"))).statusCode())
        .isEqualTo(404);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/roles/READONLY/permissions", "{}").statusCode()).isEqualTo(400);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/roles/READONLY/permissions", "{\"permissions\":[null]}").statusCode())
        .isEqualTo(400);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/roles/READONLY/permissions", "{\"permissions\":\"SO.READ\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void sysadminCannotLoseRoleManagement() {
    var admin = admin();
    var before = permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "SYSADMIN");
    var without = new ArrayList<>(before);
    without.remove("ADMIN.ROLE.MANAGE");
    var res = admin.sendJson("PUT", "/api/v1/admin/roles/SYSADMIN/permissions", body(without));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(Http.json(res).get("errors").get(0).get("field").asString()).isEqualTo("permissions");
    assertThat(permissionsOf(Http.json(admin.get("/api/v1/admin/roles")), "SYSADMIN")).contains("ADMIN.ROLE.MANAGE");
  }

  @Test
  void onlyRoleManagersReachTheRolesApiAndPage() {
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.get("/api/v1/admin/roles").statusCode()).isEqualTo(403);
    assertThat(operator.sendJson("PUT", "/api/v1/admin/roles/OPERATOR/permissions", body(List.of("SO.READ"))).statusCode())
        .isEqualTo(403);
    var manager = Http.browser(port, "sari.manager", Http.DEMO_PASSWORD);
    assertThat(manager.get("/admin/roles").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/admin/roles").statusCode()).isEqualTo(302);
  }

  @Test
  void matrixPageSavesOneRoleColumnAndReportsALockOut() {
    var browser = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var page = browser.get("/admin/roles");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"role-matrix\"", "role-form-OPERATOR", "Operator", "Lihat log audit");

    var original = permissionsOf(Http.json(admin().get("/api/v1/admin/roles")), "READONLY");
    try {
      var saved = MultiValueForm.post(browser, "/admin/roles/READONLY",
          List.of(Map.entry("permissions", "SO.READ"), Map.entry("permissions", "PO.READ"), Map.entry("permissions", "SO.EXPORT")));
      assertThat(saved.statusCode()).isEqualTo(302);
      assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/roles?saved=READONLY");
      assertThat(permissionsOf(Http.json(admin().get("/api/v1/admin/roles")), "READONLY"))
          .containsExactlyInAnyOrder("SO.READ", "PO.READ", "SO.EXPORT");
      assertThat(browser.get("/admin/roles?saved=READONLY").body()).contains("id=\"roles-saved\"");
    } finally {
      admin().sendJson("PUT", "/api/v1/admin/roles/READONLY/permissions", body(original));
    }

    browser.get("/admin/roles");
    var refused = MultiValueForm.post(browser, "/admin/roles/SYSADMIN", List.of(Map.entry("permissions", "SO.READ")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"roles-error\"", "ADMIN.ROLE.MANAGE");
    assertThat(permissionsOf(Http.json(admin().get("/api/v1/admin/roles")), "SYSADMIN")).contains("ADMIN.AUDIT.EXPORT");
  }
}
