package io.kelola.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Direct access to the server's embedded PostgreSQL for what no public endpoint offers yet: user
 * ids, and outbox rows for seed 000 subjects whose producing modules do not exist (lot intake,
 * QC, cold storage, dispatch). A row is written exactly as {@code Events.publish} writes it.
 */
final class OutboxWriter implements AutoCloseable {

  private final Connection db;

  OutboxWriter(int port) throws SQLException {
    db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
  }

  String userUuid(String username) throws SQLException {
    try (var st = db.prepareStatement("SELECT uuid FROM adm_user WHERE username = ?")) {
      st.setString(1, username);
      try (var rs = st.executeQuery()) {
        if (!rs.next()) throw new AssertionError("demo user " + username + " is missing");
        return rs.getString(1);
      }
    }
  }

  /** Commits one outbox row; the relay publishes it (to JetStream in NATS mode) like any other. */
  void publish(String subject, String resourceId, String ownerUuid) throws SQLException {
    try (var st = db.prepareStatement("INSERT INTO t_event_outbox (event_id, event_type, occurred_at, owner_user_id,"
        + " resource_id, payload) VALUES (?, ?, clock_timestamp(), ?::uuid, ?, jsonb_build_object('resource', ?::text))")) {
      st.setObject(1, UUID.randomUUID());
      st.setString(2, subject);
      st.setString(3, ownerUuid);
      st.setString(4, resourceId);
      st.setString(5, resourceId);
      st.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
