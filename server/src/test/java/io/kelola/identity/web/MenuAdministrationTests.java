package io.kelola.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MenuAdministrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
  }

  private Http admin() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  /** Every menu code in a user's nested tree. */
  private static List<String> codes(JsonNode tree) {
    var out = new ArrayList<String>();
    for (var n : tree) {
      out.add(n.get("code").asString());
      out.addAll(codes(n.get("children")));
    }
    return out;
  }

  private List<String> menuCodesOf(String username) {
    var res = Http.api(port, username, Http.DEMO_PASSWORD).get("/api/v1/menus");
    assertThat(res.statusCode()).isEqualTo(200);
    return codes(Http.json(res));
  }

  private static String menuJson(String code, String path, String parent, List<String> roles) {
    return "{\"code\":\"" + code + "\",\"name\":\"Test " + code + "\",\"icon\":\"ti-test\","
        + "\"path\":" + (path == null ? "null" : "\"" + path + "\"") + ","
        + "\"parent_code\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"sort_order\":500,"
        + "\"roles\":[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList()) + "]}";
  }

  private static String updateJson(String name, String path, String parent, boolean active) {
    return "{\"name\":\"" + name + "\",\"path\":" + (path == null ? "null" : "\"" + path + "\"")
        + ",\"parent_code\":" + (parent == null ? "null" : "\"" + parent + "\"")
        + ",\"sort_order\":500,\"permission_code\":null,\"is_active\":" + active + "}";
  }

  @Test
  void aNewMenuShowsForItsRoleOnlyAndDeactivatingHidesIt() {
    var code = "MENU_T" + unique();
    var admin = admin();
    var created = admin.postJson("/api/v1/admin/menus", menuJson(code, "/test/" + code.toLowerCase(), null, List.of("QC_SUPERVISOR")));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/admin/menus/" + code);
    var json = Http.json(created);
    assertThat(json.get("roles").toString()).isEqualTo("[\"QC_SUPERVISOR\"]");
    assertThat(json.get("is_active").asBoolean()).isTrue();
    assertThat(json.get("sort_order").asInt()).isEqualTo(500);

    assertThat(menuCodesOf("qc.supervisor")).contains(code);
    assertThat(menuCodesOf("operator1")).doesNotContain(code);
    var qcBrowser = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    assertThat(qcBrowser.get("/").body()).contains("data-menu=\"" + code + "\"");

    var deactivated = admin.sendJson("PUT", "/api/v1/admin/menus/" + code, updateJson("Test", "/test/x", null, false));
    assertThat(deactivated.statusCode()).isEqualTo(200);
    assertThat(Http.json(deactivated).get("is_active").asBoolean()).isFalse();
    assertThat(menuCodesOf("qc.supervisor")).doesNotContain(code);
    assertThat(qcBrowser.get("/").body()).doesNotContain("data-menu=\"" + code + "\"");

    var listed = Http.json(admin.get("/api/v1/admin/menus"));
    var found = new ArrayList<JsonNode>();
    listed.forEach(m -> { if (m.get("code").asString().equals(code)) found.add(m); });
    assertThat(found).hasSize(1);
    assertThat(found.getFirst().get("path").asString()).isEqualTo("/test/x");

    assertThat(auditActions(code)).containsExactly("CREATE", "UPDATE");
  }

  @Test
  void rolesOfAMenuCanBeReassigned() {
    var code = "MENU_R" + unique();
    var admin = admin();
    assertThat(admin.postJson("/api/v1/admin/menus", menuJson(code, "/r/" + code, null, List.of())).statusCode()).isEqualTo(201);
    assertThat(menuCodesOf("operator1")).doesNotContain(code);
    var res = admin.sendJson("PUT", "/api/v1/admin/menus/" + code + "/roles", "{\"roles\":[\"OPERATOR\",\"READONLY\"]}");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(menuCodesOf("operator1")).contains(code);
    assertThat(menuCodesOf("auditor")).contains(code);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/menus/" + code + "/roles", "{\"roles\":[\"OPERATOR\",\"NO_SUCH\"]}").statusCode())
        .isEqualTo(400);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/menus/" + code + "/roles", "{\"roles\":[]}").statusCode()).isEqualTo(200);
    assertThat(menuCodesOf("operator1")).doesNotContain(code);
    assertThat(auditActions(code)).containsExactly("CREATE", "UPDATE", "UPDATE");
  }

  @Test
  void aParentCycleIsRefused() {
    var group = "MENU_G" + unique();
    var child = "MENU_C" + unique();
    var admin = admin();
    assertThat(admin.postJson("/api/v1/admin/menus", menuJson(group, null, null, List.of("QC_SUPERVISOR"))).statusCode()).isEqualTo(201);
    assertThat(admin.postJson("/api/v1/admin/menus", menuJson(child, "/c/" + child, group, List.of("QC_SUPERVISOR"))).statusCode())
        .isEqualTo(201);

    var tree = Http.json(Http.api(port, "qc.supervisor", Http.DEMO_PASSWORD).get("/api/v1/menus"));
    var nested = new ArrayList<String>();
    tree.forEach(n -> { if (n.get("code").asString().equals(group)) n.get("children").forEach(c -> nested.add(c.get("code").asString())); });
    assertThat(nested).containsExactly(child);

    var cycle = admin.sendJson("PUT", "/api/v1/admin/menus/" + group, updateJson("Group", null, child, true));
    assertThat(cycle.statusCode()).isEqualTo(400);
    assertThat(Http.json(cycle).get("errors").get(0).get("field").asString()).isEqualTo("parent_code");
    var self = admin.sendJson("PUT", "/api/v1/admin/menus/" + group, updateJson("Group", null, group, true));
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(Http.json(admin.get("/api/v1/admin/menus/" + group)).get("parent_code").isNull()).isTrue();
    // tidy up: the test group leaves the QC supervisor's side menu
    assertThat(admin.sendJson("PUT", "/api/v1/admin/menus/" + group, updateJson("Group", null, null, false)).statusCode()).isEqualTo(200);
  }

  @Test
  void invalidMenusAreRefusedWithFieldErrors() {
    var admin = admin();
    var base = "MENU_V" + unique();
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "admin/users", null, List.of())), 400, "path");
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "//evil.example", null, List.of())), 400, "path");
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "/has space", null, List.of())), 400, "path");
    assertField(admin.postJson("/api/v1/admin/menus", menuJson("menu_lower", "/x", null, List.of())), 400, "code");
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "/x", "MENU_NOT_THERE", List.of())), 400, "parent_code");
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "/x", null, List.of("NO_SUCH_ROLE"))), 400, "roles");
    assertField(admin.postJson("/api/v1/admin/menus",
        "{\"code\":\"" + base + "\",\"name\":\"x\",\"path\":\"/x\",\"permission_code\":\"NOPE.X\"}"), 400, "permission_code");
    assertField(admin.postJson("/api/v1/admin/menus", "{\"code\":\"" + base + "\",\"name\":\" \"}"), 400, "name");
    assertField(admin.postJson("/api/v1/admin/menus", "{\"code\":\"" + base + "\",\"name\":\"a\\u0000b\"}"), 400, "name");
    assertField(admin.postJson("/api/v1/admin/menus",
        "{\"code\":\"" + base + "\",\"name\":\"x\",\"permission_code\":\"a\\u0000b\"}"), 400, "permission_code");
    assertThat(admin.postJson("/api/v1/admin/menus", "{\"code\":\"" + base + "\",\"name\":\"x\",\"bogus\":1}").statusCode()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT count(*) FROM adm_menu WHERE code = :c").param("c", base).query(Long.class).single()).isZero();

    assertThat(admin.postJson("/api/v1/admin/menus", menuJson(base, "/x", null, List.of())).statusCode()).isEqualTo(201);
    assertField(admin.postJson("/api/v1/admin/menus", menuJson(base, "/x", null, List.of())), 409, "code");
    assertField(admin.sendJson("PUT", "/api/v1/admin/menus/" + base, updateJson("x", "nope", null, true)), 400, "path");
    assertThat(admin.sendJson("PUT", "/api/v1/admin/menus/MENU_NOT_THERE", updateJson("x", "/x", null, true)).statusCode()).isEqualTo(404);
    assertThat(admin.sendJson("PUT", "/api/v1/admin/menus/" + base, "{\"name\":\"x\"}").statusCode()).isEqualTo(400);
  }

  private static void assertField(java.net.http.HttpResponse<String> res, int status, String field) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    var fields = new ArrayList<String>();
    Http.json(res).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains(field);
  }

  @Test
  void onlyMenuManagersReachTheMenuEditor() {
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.get("/api/v1/admin/menus").statusCode()).isEqualTo(403);
    assertThat(operator.postJson("/api/v1/admin/menus", menuJson("MENU_X" + unique(), "/x", null, List.of())).statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "sari.manager", Http.DEMO_PASSWORD).get("/admin/menus").statusCode()).isEqualTo(403);
  }

  @Test
  void menuPagesCreateEditAndKeepInputOnErrors() {
    var browser = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var list = browser.get("/admin/menus");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("data-menu=\"MENU_ADMIN_AUDIT\"", "id=\"menu-new\"");

    var code = "MENU_P" + unique();
    assertThat(browser.get("/admin/menus/new").statusCode()).isEqualTo(200);
    var bad = MultiValueForm.post(browser, "/admin/menus", List.of(Map.entry("code", code), Map.entry("name", "Halaman Uji"),
        Map.entry("path", "tanpa-garis"), Map.entry("sortOrder", "abc"), Map.entry("active", "true"),
        Map.entry("roles", "OPERATOR")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("value=\"tanpa-garis\"", "value=\"abc\"", "is-invalid", "Alamat harus diawali");
    assertThat(jdbc.sql("SELECT count(*) FROM adm_menu WHERE code = :c").param("c", code).query(Long.class).single()).isZero();

    var ok = MultiValueForm.post(browser, "/admin/menus", List.of(Map.entry("code", code), Map.entry("name", "Halaman Uji"),
        Map.entry("path", "/uji/" + code), Map.entry("sortOrder", "700"), Map.entry("parentCode", "MENU_ADMIN"),
        Map.entry("active", "true"), Map.entry("roles", "DIRECTOR")));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/admin/menus/" + code + "?saved=created");
    assertThat(menuCodesOf("direktur")).contains(code);

    var edit = browser.get("/admin/menus/" + code + "?saved=created");
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("id=\"menu-saved\"", "value=\"/uji/" + code + "\"");

    var cycle = MultiValueForm.post(browser, "/admin/menus/" + code, List.of(Map.entry("name", "Halaman Uji"),
        Map.entry("path", "/uji/" + code), Map.entry("parentCode", code), Map.entry("sortOrder", "700"), Map.entry("active", "true")));
    assertThat(cycle.statusCode()).isEqualTo(400);
    assertThat(cycle.body()).contains("induk bagi dirinya");

    var plain = browser.get("/admin/menus/" + code);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.body()).contains("id=\"menu-roles-form\"").doesNotContain("id=\"menu-saved\"");
    var inactive = MultiValueForm.post(browser, "/admin/menus/" + code, List.of(Map.entry("name", "Halaman Uji"),
        Map.entry("path", "/uji/" + code), Map.entry("sortOrder", "700"), Map.entry("parentCode", "MENU_ADMIN")));
    assertThat(inactive.statusCode()).isEqualTo(302);
    assertThat(menuCodesOf("direktur")).doesNotContain(code);

    assertThat(browser.get("/admin/menus/" + code).statusCode()).isEqualTo(200);
    var roles = MultiValueForm.post(browser, "/admin/menus/" + code + "/roles",
        List.of(Map.entry("roles", "READONLY"), Map.entry("roles", "DIRECTOR")));
    assertThat(roles.statusCode()).isEqualTo(302);
    assertThat(Http.json(admin().get("/api/v1/admin/menus/" + code)).get("roles").toString())
        .isEqualTo("[\"DIRECTOR\",\"READONLY\"]");
    // READONLY does not see the parent group, so the page warns that the menu stays hidden for it
    assertThat(browser.get("/admin/menus/" + code).body()).contains("id=\"menu-roles-hidden\"", "tidak tampil untuk Hanya Baca:");
    assertThat(browser.get("/admin/menus/MENU_NOT_THERE").statusCode()).isEqualTo(404);
  }

  private List<String> auditActions(String code) {
    return jdbc.sql("SELECT action FROM log_audit WHERE entity_type = 'adm_menu' AND entity_key = :c ORDER BY id")
        .param("c", code).query(String.class).list();
  }
}
