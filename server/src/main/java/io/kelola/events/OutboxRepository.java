package io.kelola.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SQL for {@code t_event_outbox}. */
@Repository
class OutboxRepository {

  /**
   * An outbox row as the relay needs it; {@code id} is the insert order, the envelope's sequence the
   * delivery order (0 until the relay assigns it).
   */
  record Row(long id, EventEnvelope envelope, int attempts, Instant nextAttemptAt, Set<String> deliveredTo) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  OutboxRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(EventEnvelope e) {
    return jdbc.sql("""
        INSERT INTO t_event_outbox (event_id, event_type, occurred_at, actor_id, owner_user_id, resource_id, payload)
        VALUES (:eventId, :type, :at, :actor, :owner, :resource, CAST(:payload AS jsonb))
        RETURNING id""")
        .param("eventId", e.eventId())
        .param("type", e.eventType())
        .param("at", Timestamp.from(e.occurredAt()))
        .param("actor", e.actorId())
        .param("owner", e.ownerUserId())
        .param("resource", e.resourceId())
        .param("payload", json.writeValueAsString(e.payload()))
        .query(Long.class).single();
  }

  /**
   * Locks the given resource keys until the transaction ends, in ascending order so that two
   * committing transactions never wait for each other in a cycle.
   */
  void lockResources(java.util.SortedSet<Integer> keys) {
    for (int key : keys) {
      jdbc.sql("SELECT pg_advisory_xact_lock(:ns, :key)")
          .param("ns", OutboxRelay.LOCK_NAMESPACE).param("key", key)
          .query((rs, n) -> 1).single();
    }
  }

  /**
   * Undelivered rows in id order, leaving out every row of a resource whose oldest pending event
   * waits for a retry (its later events must not overtake it); those without a delivery sequence get
   * one in the same statement, in id order. One relay at a time runs it (outside a transaction, so
   * the sequences commit at once): a replay never sees a sequence below one already visible appear
   * later. Within a round the relay passes the last id it claimed as {@code after}: the pending-rows
   * index still holds the entries of rows just delivered until vacuum, and starting after them keeps
   * each batch as cheap as the first.
   */
  private static final String CLAIM = """
      WITH next AS (
        SELECT o.id, o.seq FROM t_event_outbox o
        WHERE o.published_at IS NULL AND o.id > :after
          AND NOT EXISTS (SELECT 1 FROM t_event_outbox h
                          WHERE h.published_at IS NULL AND h.next_attempt_at > :now
                            AND h.resource_id = o.resource_id)
        ORDER BY o.id
        LIMIT :limit),
      numbered AS (
        SELECT id, nextval('t_event_outbox_seq') AS seq FROM (SELECT id FROM next WHERE seq IS NULL ORDER BY id) x),
      sequenced AS (
        UPDATE t_event_outbox o SET seq = n.seq FROM numbered n WHERE o.id = n.id RETURNING o.id, o.seq)
      SELECT o.id, coalesce(s.seq, next.seq) AS seq, o.event_id, o.event_type, o.occurred_at, o.actor_id,
             o.owner_user_id, o.resource_id, o.payload::text AS payload, o.attempts, o.next_attempt_at, o.delivered_to
      FROM next JOIN t_event_outbox o ON o.id = next.id LEFT JOIN sequenced s ON s.id = next.id
      ORDER BY o.id""";

  /** The next rows after id {@code after} to deliver in process ({@link #CLAIM}). */
  List<Row> claim(long after, Instant now, int limit) {
    return jdbc.sql(CLAIM).param("after", after).param("now", Timestamp.from(now)).param("limit", limit)
        .query(this::map).list();
  }

  /** The next rows after id {@code after} to publish to NATS ({@link #CLAIM}), their payloads left as text. */
  List<OutgoingEvent> claimOutgoing(long after, Instant now, int limit) {
    return jdbc.sql(CLAIM).param("after", after).param("now", Timestamp.from(now)).param("limit", limit)
        .query((rs, n) -> new OutgoingEvent(rs.getLong("id"), rs.getLong("seq"), rs.getObject("event_id", UUID.class),
            rs.getString("event_type"), rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
            rs.getObject("owner_user_id", UUID.class), rs.getString("resource_id"), rs.getString("payload")))
        .list();
  }

  /** Takes back the sequence of rows a round did not deliver to anyone, so they get a fresh one later. */
  void clearSequences(Collection<Long> ids) {
    if (ids.isEmpty()) return;
    jdbc.sql("UPDATE t_event_outbox SET seq = NULL WHERE id IN (:ids) AND published_at IS NULL AND delivered_to = '{}'")
        .param("ids", ids).update();
  }

  void markPublished(Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) return;
    jdbc.sql("UPDATE t_event_outbox SET published_at = :now WHERE id IN (:ids)")
        .param("now", Timestamp.from(now)).param("ids", ids).update();
  }

  /** Remembers a failed round: who already has the event, and when to try the rest again. */
  void markRetry(long id, Set<String> deliveredTo, Instant nextAttemptAt) {
    jdbc.sql("""
        UPDATE t_event_outbox SET attempts = attempts + 1, next_attempt_at = :next, delivered_to = :done
        WHERE id = :id""")
        .param("next", Timestamp.from(nextAttemptAt))
        .param("done", deliveredTo.toArray(String[]::new))
        .param("id", id).update();
  }

  /** Deletes delivered rows older than {@code before}, and delivered rows beyond the newest {@code maxRows}. */
  int purge(Instant before, long maxRows) {
    int old = jdbc.sql("DELETE FROM t_event_outbox WHERE published_at IS NOT NULL AND published_at < :before")
        .param("before", Timestamp.from(before)).update();
    int excess = jdbc.sql("""
        DELETE FROM t_event_outbox WHERE published_at IS NOT NULL
          AND id <= (SELECT id FROM t_event_outbox ORDER BY id DESC OFFSET :max LIMIT 1)""")
        .param("max", maxRows).update();
    return old + excess;
  }

  /** Forgets "consumed" marks older than {@code before}; no redelivery can reach them any more. */
  int purgeConsumed(Instant before) {
    return jdbc.sql("DELETE FROM t_event_consumed WHERE consumed_at < :before")
        .param("before", Timestamp.from(before)).update();
  }

  /** Rows the relay has sequenced after {@code sequence}, in delivery order (the realtime replay). */
  List<EventEnvelope> since(long sequence, int limit) {
    return jdbc.sql("SELECT * FROM t_event_outbox WHERE seq > :seq ORDER BY seq LIMIT :limit")
        .param("seq", sequence).param("limit", limit)
        .query((rs, n) -> map(rs, n).envelope()).list();
  }

  /** The largest delivery sequence given so far, 0 when none. */
  long latestSequence() {
    return jdbc.sql("SELECT coalesce(max(seq), 0) FROM t_event_outbox").query(Long.class).single();
  }

  /** The smallest delivery sequence still in the outbox, or null when none is. */
  Long oldestSequence() {
    return jdbc.sql("SELECT min(seq) FROM t_event_outbox").query(Long.class).optional().orElse(null);
  }

  private Row map(ResultSet rs, int n) throws SQLException {
    var envelope = new EventEnvelope(
        rs.getLong("seq"),
        rs.getObject("event_id", UUID.class),
        rs.getString("event_type"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getObject("actor_id", UUID.class),
        rs.getObject("owner_user_id", UUID.class),
        rs.getString("resource_id"),
        (ObjectNode) json.readTree(rs.getString("payload")));
    var next = rs.getTimestamp("next_attempt_at");
    return new Row(rs.getLong("id"), envelope, rs.getInt("attempts"), next == null ? null : next.toInstant(), names(rs.getArray("delivered_to")));
  }

  private static Set<String> names(Array array) throws SQLException {
    if (array == null) return Set.of();
    return Set.of((String[]) array.getArray());
  }
}
