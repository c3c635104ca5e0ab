package io.kelola.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.TestClockConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With KELOLA_DB_URL set (spring.datasource.url), Kelola uses that server: no embedded database
 * starts, Flyway migrates the external one, and sign-in works against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kelola.demo.enabled=true")
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TestClockConfiguration.class)
class ExternalDatabaseTest {

  /** Stands in for a PostgreSQL server run elsewhere; the app only sees its JDBC URL. */
  private static final EmbeddedPostgres EXTERNAL = start();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + EXTERNAL.getPort() + "/postgres");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  static {
    // stopped at JVM exit, after the Spring context (closed after this class) no longer uses it
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        EXTERNAL.close();
      } catch (IOException ignored) {
        // the JVM is exiting; nothing left to tell
      }
    }));
  }

  @Test
  void usesTheConfiguredServerInsteadOfStartingOne() {
    assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
    var port = jdbc.sql("SELECT inet_server_port()").query(Integer.class).single();
    assertThat(port).isEqualTo(EXTERNAL.getPort());
    assertThat(jdbc.sql("SELECT count(*) FROM adm_role").query(Long.class).single()).isGreaterThanOrEqualTo(17);
  }

  @Test
  void signInWorksAgainstIt() {
    var res = Http.anonymous(port).postJson("/api/v1/auth/token", Map.of("username", "admin", "password", Http.DEMO_PASSWORD));
    assertThat(res.statusCode()).isEqualTo(200);
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
