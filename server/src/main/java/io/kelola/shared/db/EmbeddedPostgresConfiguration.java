package io.kelola.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL in-process when {@code KELOLA_DB_URL} is not set, so {@code make run} needs no
 * database server. Data lives in a directory that survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties props) {
    try {
      var builder = EmbeddedPostgres.builder().setPort(props.port());
      if (!props.ephemeral()) {
        Files.createDirectories(props.dataDir());
        builder.setDataDirectory(props.dataDir()).setCleanDataDirectory(false);
        // the embedded server's defaults (no fsync, asynchronous commit) suit throw-away test data only:
        // kept data must survive a crash of PostgreSQL or of the machine once its commit returned
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      var pg = builder.start();
      log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {}", pg.getPort(),
          props.ephemeral() ? "a temporary directory" : props.dataDir().toAbsolutePath());
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + props.dataDir(), e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres pg,
      @org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
    var ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(poolSize);
    ds.setPoolName("kelola");
    return ds;
  }
}
