package io.kelola.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, proven: every registered endpoint declares its rule, the rule matches the
 * reviewed matrix ({@code authz/endpoints.csv}), and a real request as anonymous and as each seeded
 * role gets exactly 401 / 403 / through as the role's permissions ({@code authz/role-permissions.csv}) say.
 */
@IntegrationTest
class AuthorizationMatrixTest {

  /** One demo user per seeded role. */
  static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

  static {
    USER_OF_ROLE.put("SYSADMIN", "admin");
    USER_OF_ROLE.put("ADMIN", "sari.admin");
    USER_OF_ROLE.put("DIRECTOR", "direktur");
    USER_OF_ROLE.put("MANAGER_SALES", "john.doe");
    USER_OF_ROLE.put("MANAGER_PROD", "jane.smith");
    USER_OF_ROLE.put("MANAGER", "sari.manager");
    USER_OF_ROLE.put("BRANCH_MANAGER", "kepala.cabang");
    USER_OF_ROLE.put("QC_SUPERVISOR", "qc.supervisor");
    USER_OF_ROLE.put("SERVICE_ADVISOR", "advisor1");
    USER_OF_ROLE.put("STAFF_SALES", "sales1");
    USER_OF_ROLE.put("STAFF_WH", "gudang1");
    USER_OF_ROLE.put("WAREHOUSE_STAFF", "sari.gudang");
    USER_OF_ROLE.put("STOREKEEPER", "storekeeper1");
    USER_OF_ROLE.put("CASHIER", "kasir1");
    USER_OF_ROLE.put("MECHANIC", "mekanik1");
    USER_OF_ROLE.put("OPERATOR", "operator1");
    USER_OF_ROLE.put("READONLY", "auditor");
  }

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
  @Autowired JdbcClient jdbc;

  private Endpoints endpoints;

  @BeforeEach
  void collect() {
    endpoints = Endpoints.of(mapping);
  }

  @Test
  void everyEndpointDeclaresItsPermission() {
    var undeclared = endpoints.ours().stream().filter(e -> !e.access().declared()).map(Endpoints.Endpoint::key).toList();
    assertThat(undeclared).as("endpoints without @RequiresPermission/@AuthenticatedEndpoint/@PublicEndpoint").isEmpty();
  }

  @Test
  void declaredRulesMatchTheReviewedMatrix() throws IOException {
    var expected = readMatrix();
    var actual = new TreeMap<String, String>();
    endpoints.ours().forEach(e -> actual.put(e.key(), e.rule()));
    assertThat(actual).as("endpoints.csv must list every endpoint with its rule").isEqualTo(new TreeMap<>(expected));
  }

  @Test
  void permissionCodesInTheMatrixExist() throws IOException {
    var known = Set.copyOf(jdbc.sql("SELECT code FROM adm_permission").query(String.class).list());
    readMatrix().values().stream().filter(r -> !r.equals("PUBLIC") && !r.equals("AUTHENTICATED"))
        .forEach(code -> assertThat(known).as("permission code in matrix").contains(code));
  }

  @Test
  void seededRolesHaveExactlyTheExpectedPermissions() throws IOException {
    var all = Set.copyOf(jdbc.sql("SELECT code FROM adm_permission").query(String.class).list());
    var expected = readRolePermissions(all);
    for (var role : USER_OF_ROLE.keySet()) {
      var actual = Set.copyOf(jdbc.sql("""
          SELECT p.code FROM adm_role_permission rp JOIN adm_role r ON r.id = rp.role_id
          JOIN adm_permission p ON p.id = rp.permission_id WHERE r.code = :r""").param("r", role).query(String.class).list());
      assertThat(actual).as("permissions of " + role).isEqualTo(expected.get(role));
    }
  }

  @Test
  void everyRoleGetsExactlyWhatItMay() throws IOException {
    var perms = readRolePermissions(Set.copyOf(jdbc.sql("SELECT code FROM adm_permission").query(String.class).list()));
    var tokens = new HashMap<String, String>();
    USER_OF_ROLE.forEach((role, user) -> tokens.put(role, token(user)));
    var failures = new ArrayList<String>();

    for (var e : endpoints.ours()) {
      var rule = e.rule();
      int anon = call(e, null);
      if (rule.equals("PUBLIC")) {
        // a public endpoint may still answer 401 for bad credentials, but never refuse access
        if (anon == 403) failures.add(e.key() + " anonymous got 403 on a public endpoint");
      } else if (anon != 401) {
        failures.add(e.key() + " anonymous expected 401, got " + anon);
      }
      if (rule.equals("PUBLIC")) continue;
      for (var role : USER_OF_ROLE.keySet()) {
        boolean allowed = rule.equals("AUTHENTICATED") || perms.get(role).contains(rule);
        // calls that end the caller's session get a session of their own
        var token = e.path().contains("logout") ? token(USER_OF_ROLE.get(role)) : tokens.get(role);
        int status = call(e, token);
        if (allowed && (status == 401 || status == 403)) failures.add(e.key() + " " + role + " allowed but got " + status);
        if (!allowed && status != 403) failures.add(e.key() + " " + role + " expected 403, got " + status);
        if (status >= 500) failures.add(e.key() + " " + role + " got server error " + status);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void actuatorIsGuarded() {
    var anon = Http.anonymous(port);
    assertThat(anon.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(anon.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(anon.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(anon.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/actuator/prometheus").statusCode()).isEqualTo(403);
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var metrics = admin.send(admin.request("/actuator/prometheus").setHeader("Accept", "text/plain").GET().build());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    assertThat(Http.api(port, "admin", Http.DEMO_PASSWORD).get("/actuator/env").statusCode()).as("other endpoints are off").isIn(403, 404);
  }

  @Test
  void apiDocsNeedASignedInUser() {
    assertThat(Http.anonymous(port).withBearer("x").get("/v3/api-docs").statusCode()).isEqualTo(401);
    var docs = Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/menus");
  }

  private int call(Endpoints.Endpoint e, String token) {
    var http = Http.anonymous(port);
    if (token != null) http.withBearer(token);
    else http.get("/login"); // an anonymous browser holds a CSRF token, so only authorization is tested
    var builder = http.request(e.concretePath()).setHeader("Accept", "application/json");
    if (token == null) builder.header("X-XSRF-TOKEN", http.csrfToken());
    var body = switch (e.method()) {
      case "POST", "PUT", "PATCH" -> e.hasJsonBody() ? "{}" : "";
      default -> null;
    };
    if (body != null) {
      builder.header("Content-Type", e.hasJsonBody() ? "application/json" : "application/x-www-form-urlencoded");
      builder.method(e.method(), HttpRequest.BodyPublishers.ofString(body));
    } else {
      builder.method(e.method(), HttpRequest.BodyPublishers.noBody());
    }
    return http.send(builder.build()).statusCode();
  }

  private String token(String user) {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", user, "password", Http.DEMO_PASSWORD));
    assertThat(res.statusCode()).as("login " + user).isEqualTo(200);
    return Http.json(res).get("access_token").asString();
  }

  static Map<String, String> readMatrix() throws IOException {
    var result = new LinkedHashMap<String, String>();
    for (var line : lines("authz/endpoints.csv")) {
      var parts = line.split(",");
      assertThat(parts).as("matrix line: " + line).hasSize(3);
      assertThat(result.put(parts[0] + "," + parts[1], parts[2])).as("duplicate " + line).isNull();
    }
    return result;
  }

  private static Map<String, Set<String>> readRolePermissions(Set<String> all) throws IOException {
    var result = new HashMap<String, Set<String>>();
    USER_OF_ROLE.keySet().forEach(r -> result.put(r, Set.of()));
    for (var line : lines("authz/role-permissions.csv")) {
      var idx = line.indexOf(',');
      var role = line.substring(0, idx);
      var codes = line.substring(idx + 1).trim();
      result.put(role, codes.equals("ALL") ? all : codes.isEmpty() ? Set.of() : Set.of(codes.split("\\s+")));
    }
    return result;
  }

  private static List<String> lines(String resource) throws IOException {
    var text = new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
