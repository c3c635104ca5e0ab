package io.kelola.factory.production;

import io.kelola.factory.production.WorkOrderViews.OutputLot;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only look at the ledger's lots for one work order: which material lots it consumed and which
 * finished-goods lots it produced. The ledger API hands out lot numbers; genealogy links need the
 * lots' public uuids, read here (the ledger stays the only writer).
 */
@Repository
class LotReads {

  record ConsumedLot(UUID uuid, String lotNo, BigDecimal qty) {}

  private final JdbcClient jdbc;

  LotReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Material lots issued for the order, with the net quantity issued of each. */
  List<ConsumedLot> consumed(String woNo) {
    return jdbc.sql("""
            SELECT l.uuid, l.lot_no, sum(m.qty) AS qty
            FROM t_inv_move m JOIN t_lot l ON l.id = m.lot_id
            WHERE m.doc_type = 'WO' AND m.doc_ref = :no AND m.move_type = 'OUT'
            GROUP BY l.uuid, l.lot_no ORDER BY l.lot_no""")
        .param("no", woNo)
        .query((rs, n) -> new ConsumedLot(rs.getObject("uuid", UUID.class), rs.getString("lot_no"),
            rs.getBigDecimal("qty")))
        .list();
  }

  UUID lotUuid(long itemId, String lotNo) {
    return jdbc.sql("SELECT uuid FROM t_lot WHERE item_id = :item AND lot_no = :lot").param("item", itemId)
        .param("lot", lotNo).query(UUID.class).single();
  }

  /** Finished-goods lots received for the order and the input lots linked to each. */
  List<OutputLot> produced(String woNo) {
    return jdbc.sql("""
            SELECT l.lot_no, sum(m.qty) AS qty,
                   (SELECT string_agg(DISTINCT il.lot_no, ',' ORDER BY il.lot_no) FROM t_lot_link k
                    JOIN t_lot il ON il.id = k.in_lot_id WHERE k.out_lot_id = l.id) AS inputs
            FROM t_inv_move m JOIN t_lot l ON l.id = m.lot_id
            WHERE m.doc_type = 'WO' AND m.doc_ref = :no AND m.move_type = 'IN'
            GROUP BY l.id, l.lot_no ORDER BY l.lot_no""")
        .param("no", woNo)
        .query((rs, n) -> new OutputLot(rs.getString("lot_no"), rs.getBigDecimal("qty"),
            rs.getString("inputs") == null ? List.of() : List.of(rs.getString("inputs").split(","))))
        .list();
  }
}
