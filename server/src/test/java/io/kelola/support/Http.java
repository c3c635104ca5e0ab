package io.kelola.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the test server: either an API client (bearer token) or a browser
 * (cookies + CSRF token scraped from pages). No mocks between the test and the server.
 */
public final class Http {

  public static final String DEMO_PASSWORD = "Kelola-Demo-2026";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies;
  private String bearer;
  private String csrf;

  private Http(int port, boolean cookies) {
    this.base = "http://127.0.0.1:" + port;
    var b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    this.cookies = cookies ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
    if (cookies) b.cookieHandler(this.cookies);
    this.client = b.build();
  }

  public static Http anonymous(int port) {
    return new Http(port, true);
  }

  /** An API client signed in with username/password through {@code POST /api/v1/auth/token}. */
  public static Http api(int port, String username, String password) {
    var http = new Http(port, false);
    var res = http.postJson("/api/v1/auth/token", Map.of("username", username, "password", password));
    if (res.statusCode() != 200) throw new AssertionError("token login failed for " + username + ": " + res.body());
    http.bearer = json(res).get("access_token").asString();
    return http;
  }

  /** A browser-like client signed in through the login form (cookie session + CSRF). */
  public static Http browser(int port, String username, String password) {
    var http = new Http(port, true);
    var res = http.submitLogin(username, password);
    if (res.statusCode() != 302) throw new AssertionError("form login failed for " + username + ": " + res.statusCode());
    return http;
  }

  public HttpResponse<String> submitLogin(String username, String password) {
    get("/login");
    return postForm("/login", Map.of("username", username, "password", password));
  }

  public Http withBearer(String token) {
    this.bearer = token;
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> postJson(String path, Object body) {
    return sendJson("POST", path, body instanceof String s ? s : JSON.writeValueAsString(body));
  }

  public HttpResponse<String> sendJson(String method, String path, String rawBody) {
    return send(request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(rawBody)).build());
  }

  /** Posts a form like a browser would, adding the CSRF token of the last page seen. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    var all = new java.util.LinkedHashMap<>(fields);
    if (csrf != null) all.putIfAbsent("_csrf", csrf);
    var body = all.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      var res = client.send(request, HttpResponse.BodyHandlers.ofString());
      var m = CSRF.matcher(res.body() == null ? "" : res.body());
      if (m.find()) csrf = m.group(1);
      return res;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    boolean page = !(path.startsWith("/api/") || path.startsWith("/auth/") || path.startsWith("/actuator") || path.startsWith("/v3/"));
    // what a browser or an API client would send
    var b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", page ? "text/html,application/xhtml+xml,*/*;q=0.8" : "application/json");
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    return b;
  }

  /** The current value of a cookie this client holds, or null. */
  public String cookie(String name) {
    if (cookies == null) return null;
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  public String csrfToken() {
    return csrf;
  }

  public String base() {
    return base;
  }

  public static JsonNode json(HttpResponse<String> res) {
    return JSON.readTree(res.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
