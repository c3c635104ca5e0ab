package io.kelola.events.cluster;

import io.kelola.KelolaApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole Kelola server as its own Spring context in this JVM, configured like production (command-line arguments). */
final class Instances {

  private Instances() {}

  /**
   * A server on a free port in NATS mode; {@code settings} are further {@code name=value} arguments
   * (database, demo mode, relay tuning).
   */
  static ConfigurableApplicationContext start(String natsUrl, Map<String, String> settings) {
    var args = new ArrayList<>(List.of("--server.port=0", "--kelola.events.mode=nats",
        "--kelola.events.nats.url=" + natsUrl));
    settings.forEach((name, value) -> args.add("--" + name + "=" + value));
    return new SpringApplicationBuilder(KelolaApplication.class).run(args.toArray(String[]::new));
  }

  static int port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  /** Settings pointing a server at an already running PostgreSQL (what {@code KELOLA_DB_URL} does). */
  static Map<String, String> externalDatabase(int port) {
    return Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
        "spring.datasource.username", "postgres");
  }
}
