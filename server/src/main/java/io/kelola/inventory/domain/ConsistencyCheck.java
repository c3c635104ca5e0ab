package io.kelola.inventory.domain;

import io.kelola.inventory.StockMismatch;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every balance from the ledger: on hand must equal Σ moves of its key and reserved Σ
 * its active reservations. Runs hourly (cron {@code kelola.inventory.consistency-cron}, "-" turns
 * it off), logs each mismatch and exposes their count as {@code kelola.inventory.mismatches}.
 */
@Service
public class ConsistencyCheck {

  private static final Logger log = LoggerFactory.getLogger(ConsistencyCheck.class);

  private final JdbcClient jdbc;
  private final AtomicInteger mismatches = new AtomicInteger();

  ConsistencyCheck(JdbcClient jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    Gauge.builder("kelola.inventory.mismatches", mismatches, AtomicInteger::get)
        .description("Stock balances that disagree with the ledger at the last check").register(meters);
  }

  @Scheduled(cron = "${kelola.inventory.consistency-cron:0 17 * * * *}", zone = "Asia/Jakarta")
  void scheduled() {
    check();
  }

  /** One snapshot of both comparisons; empty when the ledger and the balances agree. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<StockMismatch> check() {
    var found = new ArrayList<StockMismatch>();
    found.addAll(jdbc.sql("""
            WITH sides AS (
              SELECT item_id, wh_to AS wh, loc_to AS loc, lot_id, qty FROM t_inv_move WHERE wh_to IS NOT NULL
              UNION ALL
              SELECT item_id, wh_from, loc_from, lot_id, -qty FROM t_inv_move WHERE wh_from IS NOT NULL),
            ledger AS (SELECT item_id, wh, loc, lot_id, SUM(qty) AS qty FROM sides GROUP BY item_id, wh, loc, lot_id)
            SELECT COALESCE(g.item_id, b.item_id) AS item_id, COALESCE(g.wh, b.wh_id) AS wh_id,
                   COALESCE(g.loc, b.loc_id) AS loc_id, COALESCE(g.lot_id, b.lot_id) AS lot_id,
                   COALESCE(g.qty, 0) AS expected, COALESCE(b.qty_on_hand, 0) AS actual
            FROM ledger g
            FULL JOIN t_inv b ON b.item_id = g.item_id AND b.wh_id = g.wh
              AND COALESCE(b.loc_id, -1) = COALESCE(g.loc, -1) AND COALESCE(b.lot_id, -1) = COALESCE(g.lot_id, -1)
            WHERE COALESCE(g.qty, 0) <> COALESCE(b.qty_on_hand, 0)""")
        .query((rs, n) -> mismatch("ON_HAND", rs)).list());
    found.addAll(jdbc.sql("""
            SELECT b.item_id, b.wh_id, b.loc_id, b.lot_id,
                   COALESCE(SUM(r.qty) FILTER (WHERE r.status = 'ACTIVE'), 0) AS expected, b.qty_reserved AS actual
            FROM t_inv b LEFT JOIN t_inv_resv r ON r.inv_id = b.id
            GROUP BY b.id
            HAVING COALESCE(SUM(r.qty) FILTER (WHERE r.status = 'ACTIVE'), 0) <> b.qty_reserved""")
        .query((rs, n) -> mismatch("RESERVED", rs)).list());
    var named = found.stream().map(this::named).toList();
    named.forEach(m -> log.warn("Stock mismatch {}: item {} warehouse {} location {} lot {}: ledger {} balance {}",
        m.kind(), m.item(), m.warehouse(), m.location(), m.lotNo(), m.expected(), m.actual()));
    mismatches.set(named.size());
    return named;
  }

  private record Raw(String kind, long item, long wh, Long loc, Long lot, java.math.BigDecimal expected,
      java.math.BigDecimal actual) {}

  private static StockMismatch mismatch(String kind, java.sql.ResultSet rs) throws java.sql.SQLException {
    var raw = new Raw(kind, rs.getLong("item_id"), rs.getLong("wh_id"), (Long) rs.getObject("loc_id"),
        (Long) rs.getObject("lot_id"), rs.getBigDecimal("expected"), rs.getBigDecimal("actual"));
    return new StockMismatch(kind, Long.toString(raw.item()), Long.toString(raw.wh()),
        raw.loc() == null ? null : raw.loc().toString(), raw.lot() == null ? null : raw.lot().toString(),
        raw.expected(), raw.actual());
  }

  /** Replaces internal ids by codes: responses never carry internal ids. */
  private StockMismatch named(StockMismatch m) {
    return new StockMismatch(m.kind(), code("m_item", "code", m.item()), code("m_wh", "code", m.warehouse()),
        m.location() == null ? null : code("m_loc", "code", m.location()),
        m.lotNo() == null ? null : code("t_lot", "lot_no", m.lotNo()), m.expected(), m.actual());
  }

  private String code(String table, String column, String id) {
    return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE id = :id").param("id", Long.parseLong(id))
        .query(String.class).optional().orElse(null);
  }
}
