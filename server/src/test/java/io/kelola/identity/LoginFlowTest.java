package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.LoginResult;
import io.kelola.identity.domain.LoginService;
import io.kelola.identity.domain.SessionKind;
import io.kelola.identity.domain.UserService;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login exactly as seed 002 §1.7.C: lockout after 5 failures for 30 minutes, one generic error. */
@IntegrationTest
class LoginFlowTest {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired LoginService login;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void fiveFailuresLockTheAccountForThirtyMinutes() {
    var name = TestUsers.create(users, "lock", "OPERATOR");
    for (int i = 0; i < 5; i++) assertThat(tokenStatus(name, "salah-" + i)).isEqualTo(401);
    assertThat(row(name)).containsEntry("failed_login_count", 5);

    assertThat(tokenStatus(name, TestUsers.PASSWORD)).as("locked: even the right password fails").isEqualTo(401);
    clock.advance(Duration.ofMinutes(29));
    assertThat(tokenStatus(name, TestUsers.PASSWORD)).as("still locked after 29 min").isEqualTo(401);
    clock.advance(Duration.ofMinutes(2));
    assertThat(tokenStatus(name, TestUsers.PASSWORD)).as("unlocked after 31 min").isEqualTo(200);
    assertThat(row(name)).containsEntry("failed_login_count", 0).containsEntry("locked_until", null);
  }

  @Test
  void successResetsTheFailureCount() {
    var name = TestUsers.create(users, "reset", "OPERATOR");
    for (int i = 0; i < 4; i++) tokenStatus(name, "salah");
    assertThat(tokenStatus(name, TestUsers.PASSWORD)).isEqualTo(200);
    for (int i = 0; i < 4; i++) tokenStatus(name, "salah");
    assertThat(tokenStatus(name, TestUsers.PASSWORD)).as("4 + 4 failures never reach the limit of 5 in a row").isEqualTo(200);
  }

  @Test
  void everyFailureGetsTheSameGenericAnswer() {
    var locked = TestUsers.create(users, "generic", "OPERATOR");
    var other = TestUsers.create(users, "generic", "OPERATOR");
    for (int i = 0; i < 5; i++) tokenStatus(locked, "salah");
    var anon = Http.anonymous(port);
    var bodies = java.util.stream.Stream.of(
            Map.of("username", "tidak.ada.sama.sekali", "password", "apa saja sandinya"),
            Map.of("username", other, "password", "bukan sandi dia"),
            Map.of("username", "resigned", "password", Http.DEMO_PASSWORD),
            Map.of("username", locked, "password", TestUsers.PASSWORD))
        .map(b -> anon.postJson("/api/v1/auth/token", b))
        .peek(r -> assertThat(r.statusCode()).isEqualTo(401))
        .map(r -> Http.json(r).get("detail").asString())
        .distinct().toList();
    assertThat(bodies).hasSize(1);

    var page = Http.anonymous(port);
    var unknown = page.submitLogin("tidak.ada.sama.sekali", "apa saja sandinya");
    var inactive = page.submitLogin("resigned", Http.DEMO_PASSWORD);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(inactive.statusCode()).isEqualTo(401);
    assertThat(alert(unknown.body())).isEqualTo(alert(inactive.body())).contains("salah");
  }

  @Test
  void unknownUserTakesAsLongAsAWrongPassword() {
    // BCrypt runs on every path; without it an unknown name would answer ~50x faster
    var name = TestUsers.create(users, "timing", "OPERATOR");
    long[] unknown = new long[9];
    long[] wrong = new long[9];
    for (int i = 0; i < 9; i++) {
      var ghost = "tidak.ada." + i;
      unknown[i] = time(() -> login.login(ghost, "sandi-salah-sekali", SessionKind.API, "127.0.0.1", "t"));
      wrong[i] = time(() -> login.login(name, "sandi-salah-sekali", SessionKind.API, "127.0.0.1", "t"));
      if (i == 3) jdbc.sql("UPDATE adm_user SET failed_login_count = 0 WHERE username = :u").param("u", name).update();
    }
    double ratio = (double) median(unknown) / median(wrong);
    assertThat(ratio).isBetween(0.5, 2.0);
  }

  @Test
  void loginAndFailuresAreAudited() {
    var name = TestUsers.create(users, "audit", "OPERATOR");
    tokenStatus(name, "salah");
    var ok = login.login(name, TestUsers.PASSWORD, SessionKind.BROWSER, "10.1.2.3", "test");
    assertThat(ok).isInstanceOf(LoginResult.Success.class);
    var actions = jdbc.sql("SELECT action FROM log_audit WHERE username = :u OR entity_key = :u ORDER BY id").param("u", name)
        .query(String.class).list();
    assertThat(actions).containsSubsequence("CREATE", "LOGIN_FAILED", "LOGIN");
    var ip = jdbc.sql("SELECT ip_address FROM log_audit WHERE username = :u AND action = 'LOGIN_FAILED'").param("u", name)
        .query(String.class).single();
    assertThat(ip).isEqualTo("127.0.0.1");
  }

  private int tokenStatus(String username, String password) {
    return Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", username, "password", password)).statusCode();
  }

  private Map<String, Object> row(String username) {
    return jdbc.sql("SELECT failed_login_count, locked_until FROM adm_user WHERE username = :u").param("u", username)
        .query().singleRow();
  }

  private static String alert(String html) {
    var m = java.util.regex.Pattern.compile("id=\"login-error\">([^<]+)<").matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private static long time(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return System.nanoTime() - t;
  }

  private static long median(long[] xs) {
    var copy = xs.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }
}
