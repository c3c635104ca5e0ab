package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.UserService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** JWT access tokens (15 min) and one-use refresh tokens whose reuse revokes the whole family. */
@IntegrationTest
class ApiTokenTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void refreshRotatesAndReuseRevokesTheFamily() {
    var name = TestUsers.create(users, "edge", "OPERATOR");
    var first = token(name);
    var second = refresh(first.get("refresh_token").asString());
    assertThat(second.statusCode()).isEqualTo(200);
    var pair2 = Http.json(second);
    assertThat(pair2.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
    assertThat(menus(pair2.get("access_token").asString())).isEqualTo(200);

    // the first refresh token was already used: presenting it again means it leaked
    assertThat(refresh(first.get("refresh_token").asString()).statusCode()).isEqualTo(401);
    assertThat(menus(pair2.get("access_token").asString())).as("family revoked on the very next request").isEqualTo(401);
    assertThat(refresh(pair2.get("refresh_token").asString()).statusCode()).as("newer refresh token dead too").isEqualTo(401);
    assertThat(jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'TOKEN_REUSE' AND username = :u").param("u", name)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void accessTokenExpiresAfterFifteenMinutesButRefreshStillWorks() {
    var name = TestUsers.create(users, "edge", "OPERATOR");
    var pair = token(name);
    assertThat(pair.get("expires_in").asLong()).isEqualTo(900);
    clock.advance(Duration.ofMinutes(16));
    assertThat(menus(pair.get("access_token").asString())).isEqualTo(401);
    var renewed = refresh(pair.get("refresh_token").asString());
    assertThat(renewed.statusCode()).isEqualTo(200);
    assertThat(menus(Http.json(renewed).get("access_token").asString())).isEqualTo(200);
  }

  @Test
  void forgedOrMalformedTokensAreRefused() {
    var pair = token(TestUsers.create(users, "edge", "OPERATOR"));
    var parts = pair.get("access_token").asString().split("\\.");
    var unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
    var tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    for (var bad : new String[] {unsigned, tampered, "not-a-jwt", ""}) assertThat(menus(bad)).isEqualTo(401);
    assertThat(refresh("unknown-refresh-token").statusCode()).isEqualTo(401);
  }

  @Test
  void apiResponsesSetNoCookies() {
    var pair = token(TestUsers.create(users, "edge", "OPERATOR"));
    var res = Http.anonymous(port).withBearer(pair.get("access_token").asString()).get("/api/v1/menus");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void logoutRevokesTheApiSessionImmediately() {
    var pair = token(TestUsers.create(users, "edge", "OPERATOR"));
    var api = Http.anonymous(port).withBearer(pair.get("access_token").asString());
    assertThat(api.postJson("/api/v1/auth/logout", Map.of()).statusCode()).isEqualTo(204);
    assertThat(api.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(refresh(pair.get("refresh_token").asString()).statusCode()).isEqualTo(401);
  }

  private JsonNode token(String username) {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", username, "password", TestUsers.PASSWORD));
    assertThat(res.statusCode()).isEqualTo(200);
    return Http.json(res);
  }

  private java.net.http.HttpResponse<String> refresh(String refreshToken) {
    return Http.anonymous(port).postJson("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken));
  }

  private int menus(String accessToken) {
    return Http.anonymous(port).withBearer(accessToken).get("/api/v1/menus").statusCode();
  }
}
