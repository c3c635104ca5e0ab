package io.kelola.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir directory kept across restarts (default {@code ./var/pgdata})
 * @param port TCP port on loopback; 0 picks a free one
 * @param ephemeral throw the data away on shutdown (tests)
 */
@ConfigurationProperties("kelola.db.embedded")
public record EmbeddedPostgresProperties(Path dataDir, int port, boolean ephemeral) {

  public EmbeddedPostgresProperties {
    if (dataDir == null) dataDir = Path.of("var", "pgdata");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("kelola.db.embedded.port out of range: " + port);
  }
}
