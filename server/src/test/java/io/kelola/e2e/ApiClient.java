package io.kelola.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bearer-token API client of one demo user. When the access token has expired (401) it trades
 * the refresh token for a new pair once and repeats the request, as an edge client would.
 */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String base;
  final String username;
  private String access;
  private String refresh;
  int refreshes;

  private ApiClient(String base, String username) {
    this.base = base;
    this.username = username;
  }

  static ApiClient signIn(String base, String username) {
    var c = new ApiClient(base, username);
    var res = c.send("POST", "/api/v1/auth/token", Map.of("username", username, "password", E2eTarget.DEMO_PASSWORD), false);
    if (res.statusCode() != 200) throw new AssertionError("token login failed for " + username + ": " + res.body());
    c.keep(res);
    return c;
  }

  String accessToken() {
    return access;
  }

  /** POSTs JSON; fails the check unless the answer is 2xx. */
  JsonNode post(String path, Object body) {
    var res = send("POST", path, body, true);
    if (res.statusCode() == 401) {
      refresh();
      res = send("POST", path, body, true);
    }
    if (res.statusCode() / 100 != 2) {
      throw new AssertionError(username + " POST " + path + " → " + res.statusCode() + ": " + res.body());
    }
    return res.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(res.body());
  }

  /** GETs JSON; fails the check unless the answer is 2xx. */
  JsonNode get(String path) {
    var res = send("GET", path, null, true);
    if (res.statusCode() / 100 != 2) throw new AssertionError(username + " GET " + path + " → " + res.statusCode() + ": " + res.body());
    return JSON.readTree(res.body());
  }

  /** POSTs a multipart form (e.g. a SARI lot intake); fails the check unless the answer is 2xx. */
  JsonNode postMultipart(String path, Map<String, String> fields, java.util.List<io.kelola.extracts.SariFixtures.Part> files) {
    var boundary = "----e2e" + java.util.UUID.randomUUID();
    var req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", "Bearer " + access)
        .POST(HttpRequest.BodyPublishers.ofByteArray(io.kelola.extracts.SariFixtures.multipartBody(boundary, fields, files)))
        .build();
    try {
      var res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() / 100 != 2) throw new AssertionError(username + " POST " + path + " → " + res.statusCode() + ": " + res.body());
      return JSON.readTree(res.body());
    } catch (IOException e) {
      throw new AssertionError("POST " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private void refresh() {
    var res = send("POST", "/api/v1/auth/refresh", Map.of("refresh_token", refresh), false);
    if (res.statusCode() != 200) throw new AssertionError("refresh failed for " + username + ": " + res.body());
    keep(res);
    refreshes++;
  }

  private void keep(HttpResponse<String> res) {
    var tokens = JSON.readTree(res.body());
    access = tokens.get("access_token").asString();
    refresh = tokens.get("refresh_token").asString();
  }

  private HttpResponse<String> send(String method, String path, Object body, boolean bearer) {
    var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (bearer) b.header("Authorization", "Bearer " + access);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
