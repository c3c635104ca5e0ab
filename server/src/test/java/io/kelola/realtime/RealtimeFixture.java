package io.kelola.realtime;

import io.kelola.events.Events;
import io.kelola.support.Http;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing and sign-in helpers shared by the realtime integration tests. */
final class RealtimeFixture {

  private final Events events;
  private final TransactionTemplate tx;
  private final JdbcClient jdbc;
  private final int port;

  RealtimeFixture(Events events, PlatformTransactionManager transactions, JdbcClient jdbc, int port) {
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
    this.port = port;
  }

  /** Publishes a catalog event about {@code resource} in its own committed transaction. */
  void publish(String subject, String resource, UUID owner) {
    tx.executeWithoutResult(s -> events.publish(subject, resource, owner, null));
  }

  Http api(String username) {
    return Http.api(port, username, Http.DEMO_PASSWORD);
  }

  UUID userUuid(String username) {
    return jdbc.sql("SELECT uuid FROM adm_user WHERE username = :u").param("u", username).query(UUID.class).single();
  }

  static String marker(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
