package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage slots with what they hold now (read from the masters and the ledger's balances). */
@Repository
class SlotRepository {

  private final JdbcClient jdbc;

  SlotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Active STORAGE locations of the warehouse, with stock on hand; {@code item} limits the lot list. */
  List<Slot> storage(String warehouse) {
    return jdbc.sql("""
            SELECT w.code AS wh, l.code, l.zone, l.temp_min, l.temp_max, l.cap_units,
                   COALESCE(SUM(b.qty_on_hand), 0) AS on_hand, MAX(t.exp_dt) FILTER (WHERE b.qty_on_hand > 0) AS exp,
                   COALESCE(string_agg(DISTINCT t.lot_no, ',') FILTER (WHERE b.qty_on_hand > 0), '') AS lots
            FROM m_loc l JOIN m_wh w ON w.id = l.wh_id
            LEFT JOIN t_inv b ON b.loc_id = l.id
            LEFT JOIN t_lot t ON t.id = b.lot_id
            WHERE l.deleted_at IS NULL AND w.deleted_at IS NULL AND w.code = :wh AND l.kind = 'STORAGE'
            GROUP BY w.code, l.code, l.zone, l.temp_min, l.temp_max, l.cap_units
            ORDER BY l.zone NULLS LAST, l.code""")
        .param("wh", warehouse)
        .query((rs, n) -> {
          var cap = rs.getBigDecimal("cap_units");
          var onHand = rs.getBigDecimal("on_hand");
          var lots = rs.getString("lots");
          return new Slot(rs.getString("wh"), rs.getString("code"), rs.getString("zone"), rs.getBigDecimal("temp_min"),
              rs.getBigDecimal("temp_max"), cap, onHand, cap == null ? null : cap.subtract(onHand).max(BigDecimal.ZERO),
              rs.getObject("exp", LocalDate.class), lots.isEmpty() ? List.of() : Arrays.asList(lots.split(",")));
        })
        .list();
  }

  /** Zones that already hold stock of the item in the warehouse (consolidation). */
  List<String> zonesHolding(String warehouse, String item) {
    return jdbc.sql("""
            SELECT DISTINCT l.zone FROM t_inv b JOIN m_loc l ON l.id = b.loc_id JOIN m_wh w ON w.id = b.wh_id
            JOIN m_item i ON i.id = b.item_id
            WHERE w.code = :wh AND i.code = :item AND b.qty_on_hand > 0 AND l.kind = 'STORAGE' AND l.zone IS NOT NULL""")
        .param("wh", warehouse).param("item", item).query(String.class).list();
  }
}
