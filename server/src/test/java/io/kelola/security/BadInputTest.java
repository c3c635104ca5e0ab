package io.kelola.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input never hurts: every JSON endpoint, called by a caller allowed to use it, answers
 * malformed, wrong-typed, incomplete, unknown-field and oversized bodies with a 4xx problem
 * document — never a 2xx, never a 500. Every GET survives garbage query parameters.
 */
@IntegrationTest
class BadInputTest {

  private static final String OVERSIZED = "{\"username\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

  @Test
  void everyJsonEndpointRejectsBadBodiesWithProblemDetails() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var failures = new ArrayList<String>();
    var jsonEndpoints = Endpoints.of(mapping).ours().stream().filter(Endpoints.Endpoint::hasJsonBody).toList();
    assertThat(jsonEndpoints).isNotEmpty();
    for (var e : jsonEndpoints) {
      for (var body : badBodies(e)) {
        var res = admin.send(admin.request(e.concretePath()).header("Content-Type", "application/json")
            .method(e.method(), HttpRequest.BodyPublishers.ofString(body)).build());
        var shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
        if (res.statusCode() < 400 || res.statusCode() >= 500) {
          failures.add(e.key() + " " + shown + " → " + res.statusCode() + " " + abbreviate(res.body()));
        } else if (!res.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
          failures.add(e.key() + " " + shown + " → " + res.statusCode() + " without problem+json");
        }
      }
      var wrongType = admin.send(admin.request(e.concretePath()).header("Content-Type", "text/plain")
          .method(e.method(), HttpRequest.BodyPublishers.ofString("hello")).build());
      if (wrongType.statusCode() != 415) failures.add(e.key() + " text/plain → " + wrongType.statusCode());
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void oversizedBodiesGet413EvenWhenChunked() {
    var anon = Http.anonymous(port);
    var res = anon.postJson("/api/v1/auth/token", OVERSIZED);
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(res.body()).contains("payload-too-large");
    var chunked = anon.send(anon.request("/api/v1/auth/token").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(OVERSIZED.getBytes()))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void malformedJsonExplainsItself() {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token", "{\"username\": \"a\", \"password\": ");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(Http.json(res).get("type").asString()).endsWith("/malformed-request");
    var unknown = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", "a", "password", "b", "role", "x"));
    assertThat(Http.json(unknown).get("detail").asString()).contains("role");
    var missing = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", "a"));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Http.json(missing).get("errors").toString()).contains("password");
  }

  @Test
  void validationMessagesFollowTheCallersLanguage() {
    var body = Map.of("username", "", "password", "x");
    var id = Http.anonymous(port).postJson("/api/v1/auth/token", body);
    assertThat(Http.json(id).get("errors").toString()).contains("wajib diisi");
    var en = Http.anonymous(port).postJson("/api/v1/auth/token?lang=en", body);
    assertThat(Http.json(en).get("errors").toString()).contains("must not be blank");
  }

  @Test
  void unknownUrlsAre404ProblemsOrPages() {
    var api = Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/api/v1/tidak-ada");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(Http.json(api).get("type").asString()).endsWith("/not-found");
    var page = Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/halaman-tidak-ada");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("id=\"error-message\"");
    assertThat(Http.anonymous(port).get("/favicon.ico").statusCode()).isEqualTo(404);
  }

  @Test
  void everyGetSurvivesGarbageQueryParameters() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var failures = new ArrayList<String>();
    var garbage = "?page=abc&size=-5&sort=%3Bdrop%20table&dir=sideways&q=" + "%25".repeat(300)
        + "&from=not-a-date&to=2026-13-45&active=maybe&role=%00&uuid=zzz";
    for (var e : Endpoints.of(mapping).ours()) {
      if (!e.method().equals("GET")) continue;
      var res = admin.send(admin.request(e.concretePath() + garbage).GET().build());
      if (res.statusCode() >= 500) failures.add(e.key() + " → " + res.statusCode());
    }
    assertThat(failures).isEmpty();
  }

  private static List<String> badBodies(Endpoints.Endpoint e) {
    var bodies = new ArrayList<>(List.of("{", "{\"a\":", "[]", "\"text\"", "42", "null", "{}", "{\"zz_unknown\": 1}", OVERSIZED));
    for (var p : e.handler().getMethodParameters()) {
      if (!p.hasParameterAnnotation(RequestBody.class) || !p.getParameterType().isRecord()) continue;
      for (var c : p.getParameterType().getRecordComponents()) {
        var name = jsonName(c);
        bodies.add("{\"" + name + "\": {\"nested\": [1, 2]}}");
        bodies.add("{\"" + name + "\": \"" + "y".repeat(5000) + "\"}");
      }
    }
    return bodies;
  }

  private static String jsonName(java.lang.reflect.RecordComponent c) {
    var ann = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    if (ann == null) ann = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    return ann != null && !ann.value().isEmpty() ? ann.value() : c.getName();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
  }
}
