package io.kelola.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared helpers of the user-administration tests: fresh users with unique names, audit reads. */
final class AdminFixtures {

  /** A password that satisfies the policy for any generated username. */
  static final String PASSWORD = "Gudang-Rahasia-77";
  static final String OTHER_PASSWORD = "Pabrik-Baru-2026!";

  private AdminFixtures() {}

  record Created(String uuid, String username, String email) {}

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static Http admin(int port) {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  static Map<String, Object> newUser(String username, String role, String password) {
    return Map.of("username", username, "email", username + "@example.co.id", "full_name", "Pengguna " + username,
        "role", role, "password", password);
  }

  /** Creates a user through the API as the demo admin and checks it worked. */
  static Created createUser(Http admin, String prefix, String role) {
    var username = unique(prefix);
    var res = admin.postJson("/api/v1/admin/users", newUser(username, role, PASSWORD));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    var body = Http.json(res);
    return new Created(body.get("uuid").asString(), username, body.get("email").asString());
  }

  static Created createUser(int port, String prefix, String role) {
    return createUser(admin(port), prefix, role);
  }

  /** The {@code field} names of a problem's {@code errors} list. */
  static List<String> errorFields(HttpResponse<String> res) {
    var fields = new ArrayList<String>();
    var errors = Http.json(res).get("errors");
    if (errors != null) errors.forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  static long audits(JdbcClient jdbc, String action, String entityType, String entityKey) {
    return jdbc.sql("SELECT count(*) FROM log_audit WHERE action = :a AND entity_type = :t AND entity_key = :k")
        .param("a", action).param("t", entityType).param("k", entityKey).query(Long.class).single();
  }

  static HttpResponse<String> login(int port, String username, String password) {
    return Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", username, "password", password));
  }

  static HttpResponse<String> delete(Http http, String path) {
    return http.send(http.request(path).DELETE().build());
  }

  static HttpResponse<String> postEmpty(Http http, String path) {
    return http.sendJson("POST", path, "");
  }
}
