package io.kelola.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.TestClockConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Production-like start: outside demo mode no demo data loads and demo accounts left in the
 * database cannot sign in; the first administrator comes from configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kelola.db.embedded.ephemeral=true", "kelola.demo.enabled=false",
        "kelola.identity.first-admin.username=kepala.it", "kelola.identity.first-admin.email=it@pabrik.co.id",
        "kelola.identity.first-admin.password=Sandi-Awal-Yang-Kuat-2026"})
@Import(TestClockConfiguration.class)
class DemoModeOffTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Autowired io.kelola.identity.domain.UserService users;
  @Autowired org.springframework.boot.ApplicationRunner[] runners;

  @Test
  void noDemoUsersAreCreated() {
    assertThat(jdbc.sql("SELECT count(*) FROM adm_user WHERE is_demo").query(Long.class).single()).isZero();
  }

  @Test
  void theFirstAdministratorIsCreatedOnceAndCanSignIn() throws Exception {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token",
        Map.of("username", "kepala.it", "password", "Sandi-Awal-Yang-Kuat-2026"));
    assertThat(res.statusCode()).isEqualTo(200);
    for (var runner : runners) runner.run(null); // a restart runs the start-up tasks again
    assertThat(jdbc.sql("SELECT count(*) FROM adm_user WHERE username = 'kepala.it'").query(Long.class).single()).isEqualTo(1);
    var role = jdbc.sql("SELECT r.code FROM adm_user u JOIN adm_role r ON r.id = u.role_id WHERE u.username = 'kepala.it'")
        .query(String.class).single();
    assertThat(role).isEqualTo("SYSADMIN");
  }

  @Test
  void demoAccountsAreRefusedWhileRealAccountsWork() {
    var hash = new BCryptPasswordEncoder(10).encode(Http.DEMO_PASSWORD);
    jdbc.sql("""
        INSERT INTO adm_user (username, email, password_hash, role_id, is_demo)
        SELECT :u, :u || '@demo.local', :h, id, :demo FROM adm_role WHERE code = 'SYSADMIN'""")
        .param("u", "leftover.demo").param("h", hash).param("demo", true).update();
    jdbc.sql("""
        INSERT INTO adm_user (username, email, password_hash, role_id, is_demo)
        SELECT :u, :u || '@real.local', :h, id, :demo FROM adm_role WHERE code = 'SYSADMIN'""")
        .param("u", "real.admin").param("h", hash).param("demo", false).update();

    var anon = Http.anonymous(port);
    assertThat(anon.postJson("/api/v1/auth/token", Map.of("username", "leftover.demo", "password", Http.DEMO_PASSWORD))
        .statusCode()).isEqualTo(401);
    assertThat(anon.postJson("/api/v1/auth/token", Map.of("username", "real.admin", "password", Http.DEMO_PASSWORD))
        .statusCode()).isEqualTo(200);
  }
}
