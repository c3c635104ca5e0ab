package io.kelola.inventory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code t_inv}. Every decrement is one conditional UPDATE, so two concurrent requests can never
 * both take the last unit (ADR 0009).
 */
@Repository
class BalanceRepository {

  private static final String KEY = """
      item_id = :item AND wh_id = :wh AND loc_id IS NOT DISTINCT FROM CAST(:loc AS BIGINT)
      AND lot_id IS NOT DISTINCT FROM CAST(:lot AS BIGINT)""";

  private final JdbcClient jdbc;

  BalanceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code qty} on hand, creating the balance row when it does not exist yet. */
  long increment(BalanceKey key, BigDecimal qty, LocalDate day, Long by) {
    return jdbc.sql("""
            INSERT INTO t_inv (item_id, wh_id, loc_id, lot_id, qty_on_hand, last_move_dt, updated_by)
            VALUES (:item, :wh, :loc, :lot, :qty, :day, :by)
            ON CONFLICT (item_id, wh_id, loc_id, lot_id) DO UPDATE
              SET qty_on_hand = t_inv.qty_on_hand + EXCLUDED.qty_on_hand,
                  last_move_dt = EXCLUDED.last_move_dt, updated_by = EXCLUDED.updated_by
            RETURNING id""")
        .params(params(key)).param("qty", qty).param("day", day).param("by", by)
        .query(Long.class).single();
  }

  /** Takes {@code qty} from available (on hand minus reserved) stock; empty when not enough. */
  Optional<Long> decrementAvailable(BalanceKey key, BigDecimal qty, LocalDate day, Long by) {
    return jdbc.sql("UPDATE t_inv SET qty_on_hand = qty_on_hand - :qty, last_move_dt = :day, updated_by = :by WHERE "
            + KEY + " AND qty_on_hand - qty_reserved >= :qty RETURNING id")
        .params(params(key)).param("qty", qty).param("day", day).param("by", by)
        .query(Long.class).optional();
  }

  /** Locks the existing rows of both keys in id order, so opposite transfers cannot deadlock. */
  void lockInOrder(BalanceKey a, BalanceKey b) {
    var p = new java.util.HashMap<String, Object>();
    params(a).forEach((k, v) -> p.put("a" + k, v));
    params(b).forEach((k, v) -> p.put("b" + k, v));
    jdbc.sql("""
            SELECT id FROM t_inv
            WHERE (item_id = :aitem AND wh_id = :awh AND loc_id IS NOT DISTINCT FROM CAST(:aloc AS BIGINT)
                   AND lot_id IS NOT DISTINCT FROM CAST(:alot AS BIGINT))
               OR (item_id = :bitem AND wh_id = :bwh AND loc_id IS NOT DISTINCT FROM CAST(:bloc AS BIGINT)
                   AND lot_id IS NOT DISTINCT FROM CAST(:blot AS BIGINT))
            ORDER BY id FOR UPDATE""").params(p).query(Long.class).list();
  }

  Optional<Long> id(BalanceKey key) {
    return jdbc.sql("SELECT id FROM t_inv WHERE " + KEY).params(params(key)).query(Long.class).optional();
  }

  /** Available quantity of a balance (0 when the row does not exist); only for error messages. */
  BigDecimal available(BalanceKey key) {
    return jdbc.sql("SELECT qty_on_hand - qty_reserved FROM t_inv WHERE " + KEY).params(params(key))
        .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
  }

  /** On hand of a balance, row locked until commit (for counted adjustments); 0 when absent. */
  BigDecimal lockOnHand(BalanceKey key) {
    return jdbc.sql("SELECT qty_on_hand FROM t_inv WHERE " + KEY + " FOR UPDATE").params(params(key))
        .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
  }

  /** Sum on hand of every item in a location, after serialising writers to that location. */
  BigDecimal lockLocationLoad(long locationId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('kelola.loc'), CAST(:loc AS INT))").param("loc", (int) locationId)
        .query((rs, n) -> 1).list();
    return jdbc.sql("SELECT COALESCE(SUM(qty_on_hand), 0) FROM t_inv WHERE loc_id = :loc").param("loc", locationId)
        .query(BigDecimal.class).single();
  }

  /** Rows one may reserve from, locked in id order (a deterministic order cannot deadlock). */
  List<Candidate> lockReservable(long item, long wh, Long loc, Long lot, LocalDate today) {
    return jdbc.sql("""
            SELECT i.id, i.loc_id, m.code AS loc_code, i.lot_id, l.lot_no, l.exp_dt, l.created_at,
                   i.qty_on_hand - i.qty_reserved AS available
            FROM t_inv i
            LEFT JOIN t_lot l ON l.id = i.lot_id
            LEFT JOIN m_loc m ON m.id = i.loc_id
            WHERE i.item_id = :item AND i.wh_id = :wh
              AND (CAST(:loc AS BIGINT) IS NULL OR i.loc_id = :loc)
              AND (CAST(:lot AS BIGINT) IS NULL OR i.lot_id = :lot)
              AND (i.lot_id IS NULL OR (l.status = 'RELEASED' AND (l.exp_dt IS NULL OR l.exp_dt >= :today)))
              AND (m.kind IS NULL OR m.kind = 'STORAGE')
            ORDER BY i.id
            FOR UPDATE OF i""")
        .param("item", item).param("wh", wh).param("loc", loc).param("lot", lot).param("today", today)
        .query((rs, n) -> new Candidate(rs.getLong("id"), (Long) rs.getObject("loc_id"), rs.getString("loc_code"),
            (Long) rs.getObject("lot_id"), rs.getString("lot_no"), rs.getObject("exp_dt", LocalDate.class),
            rs.getTimestamp("created_at") == null ? null : rs.getTimestamp("created_at").toInstant(),
            rs.getBigDecimal("available")))
        .list();
  }

  /** Same rows as {@link #lockReservable} without locking, for pick suggestions. */
  List<Candidate> reservable(long item, long wh, LocalDate today) {
    return jdbc.sql("""
            SELECT i.id, i.loc_id, m.code AS loc_code, i.lot_id, l.lot_no, l.exp_dt, l.created_at,
                   i.qty_on_hand - i.qty_reserved AS available
            FROM t_inv i
            LEFT JOIN t_lot l ON l.id = i.lot_id
            LEFT JOIN m_loc m ON m.id = i.loc_id
            WHERE i.item_id = :item AND i.wh_id = :wh AND i.qty_on_hand - i.qty_reserved > 0
              AND (i.lot_id IS NULL OR (l.status = 'RELEASED' AND (l.exp_dt IS NULL OR l.exp_dt >= :today)))
              AND (m.kind IS NULL OR m.kind = 'STORAGE')""")
        .param("item", item).param("wh", wh).param("today", today)
        .query((rs, n) -> new Candidate(rs.getLong("id"), (Long) rs.getObject("loc_id"), rs.getString("loc_code"),
            (Long) rs.getObject("lot_id"), rs.getString("lot_no"), rs.getObject("exp_dt", LocalDate.class),
            rs.getTimestamp("created_at") == null ? null : rs.getTimestamp("created_at").toInstant(),
            rs.getBigDecimal("available")))
        .list();
  }

  boolean reserve(long invId, BigDecimal qty) {
    return jdbc.sql("UPDATE t_inv SET qty_reserved = qty_reserved + :qty WHERE id = :id AND qty_on_hand - qty_reserved >= :qty")
        .param("id", invId).param("qty", qty).update() == 1;
  }

  void unreserve(long invId, BigDecimal qty) {
    jdbc.sql("UPDATE t_inv SET qty_reserved = qty_reserved - :qty WHERE id = :id").param("id", invId).param("qty", qty)
        .update();
  }

  /** Takes reserved stock out: on hand and reserved both drop; false when on hand does not cover it. */
  boolean issueReserved(long invId, BigDecimal qty, LocalDate day, Long by) {
    return jdbc.sql("""
            UPDATE t_inv SET qty_on_hand = qty_on_hand - :qty, qty_reserved = qty_reserved - :qty,
                             last_move_dt = :day, updated_by = :by
            WHERE id = :id AND qty_on_hand >= :qty AND qty_reserved >= :qty""")
        .param("id", invId).param("qty", qty).param("day", day).param("by", by).update() == 1;
  }

  /** Legacy loads only: sets the reserved quantity regardless of on hand. */
  void addReservedUnchecked(long invId, BigDecimal qty) {
    jdbc.sql("UPDATE t_inv SET qty_reserved = qty_reserved + :qty WHERE id = :id").param("id", invId).param("qty", qty)
        .update();
  }

  BalanceKey key(long invId) {
    return jdbc.sql("SELECT item_id, wh_id, loc_id, lot_id FROM t_inv WHERE id = :id").param("id", invId)
        .query((rs, n) -> new BalanceKey(rs.getLong("item_id"), rs.getLong("wh_id"), (Long) rs.getObject("loc_id"),
            (Long) rs.getObject("lot_id")))
        .single();
  }

  private static java.util.Map<String, Object> params(BalanceKey key) {
    var m = new java.util.HashMap<String, Object>();
    m.put("item", key.itemId());
    m.put("wh", key.warehouseId());
    m.put("loc", key.locationId());
    m.put("lot", key.lotId());
    return m;
  }

  /** A balance row a reservation or pick may draw from. */
  record Candidate(long id, Long locationId, String locationCode, Long lotId, String lotNo, LocalDate expDate,
      java.time.Instant lotCreated, BigDecimal available) {

    /** FEFO: earliest expiry first (none last), then the oldest lot, then the oldest row. */
    static final java.util.Comparator<Candidate> FEFO = java.util.Comparator
        .comparing(Candidate::expDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(Candidate::lotCreated, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(Candidate::lotId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparingLong(Candidate::id);
  }
}
