package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.UserService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cookie sessions: idle 30 min, absolute 12 h, heartbeat rotation, logout, CSRF. */
@IntegrationTest
class BrowserSessionTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void idleSessionExpiresAfterThirtyMinutes() {
    var browser = Http.browser(port, TestUsers.create(users, "idle", "OPERATOR"), TestUsers.PASSWORD);
    clock.advance(Duration.ofMinutes(29));
    assertThat(browser.get("/api/v1/menus").statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(29));
    assertThat(browser.get("/api/v1/menus").statusCode()).as("activity 29 min ago keeps it alive").isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));
    assertThat(browser.get("/api/v1/menus").statusCode()).isEqualTo(401);
    assertThat(browser.get("/").statusCode()).as("pages redirect to the login").isEqualTo(302);
  }

  @Test
  void activeSessionStillEndsAfterTwelveHours() {
    var browser = Http.browser(port, TestUsers.create(users, "abs", "OPERATOR"), TestUsers.PASSWORD);
    for (int i = 0; i < 28; i++) { // 28 × 25 min = 11 h 40 min of steady activity
      clock.advance(Duration.ofMinutes(25));
      assertThat(browser.get("/auth/heartbeat").statusCode()).isEqualTo(200);
    }
    clock.advance(Duration.ofMinutes(25));
    assertThat(browser.get("/auth/heartbeat").statusCode()).isEqualTo(401);
  }

  @Test
  void forcedHeartbeatRotatesTheCookieAndTheOldOneDiesAfterTheGraceWindow() {
    var name = TestUsers.create(users, "rotate", "OPERATOR");
    var browser = Http.browser(port, name, TestUsers.PASSWORD);
    var before = browser.cookie("KELOLA_SESSION");
    var res = browser.get("/auth/heartbeat?force=true");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(Http.json(res).get("rotated").asBoolean()).isTrue();
    var setCookies = res.headers().allValues("Set-Cookie");
    assertThat(setCookies).anySatisfy(c -> assertThat(c).contains("KELOLA_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
    assertThat(setCookies).as("the CSRF token of open forms stays valid").noneMatch(c -> c.startsWith("XSRF-TOKEN="));

    var oldOnly = Http.anonymous(port);
    var withOld = oldOnly.request("/api/v1/menus").header("Cookie", "KELOLA_SESSION=" + before).GET().build();
    assertThat(oldOnly.send(withOld).statusCode()).as("in-flight requests survive rotation").isEqualTo(200);
    clock.advance(Duration.ofSeconds(31));
    assertThat(oldOnly.send(withOld).statusCode()).isEqualTo(401);
    assertThat(browser.get("/api/v1/menus").statusCode()).as("the rotated cookie works").isEqualTo(200);
  }

  @Test
  void plainHeartbeatDoesNotRotateAFreshCookie() {
    var browser = Http.browser(port, TestUsers.create(users, "fresh", "OPERATOR"), TestUsers.PASSWORD);
    assertThat(Http.json(browser.get("/auth/heartbeat")).get("rotated").asBoolean()).isFalse();
    clock.advance(Duration.ofMinutes(6));
    assertThat(Http.json(browser.get("/auth/heartbeat")).get("rotated").asBoolean()).isTrue();
  }

  @Test
  void logoutEndsTheSession() {
    var browser = Http.browser(port, TestUsers.create(users, "bye", "OPERATOR"), TestUsers.PASSWORD);
    browser.get("/");
    assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get("/api/v1/menus").statusCode()).isEqualTo(401);
  }

  @Test
  void stateChangingFormsNeedTheCsrfToken() {
    var browser = Http.browser(port, TestUsers.create(users, "csrf", "OPERATOR"), TestUsers.PASSWORD);
    var noToken = browser.postForm("/logout", Map.of("_csrf", "forged"));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/v1/menus").statusCode()).as("session untouched").isEqualTo(200);
    var loginWithoutToken = Http.anonymous(port).postForm("/login", Map.of("username", "admin", "password", "x"));
    assertThat(loginWithoutToken.statusCode()).isEqualTo(403);
  }
}
