package io.kelola.inventory.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code t_inv_move}: insert only (a trigger refuses UPDATE and DELETE). */
@Repository
class MoveRepository {

  /** One row to append; sides are null when absent. */
  record NewMove(long itemId, Long lotId, Long whFrom, Long locFrom, Long whTo, Long locTo, BigDecimal qty,
      BigDecimal qtyEntered, String uomEntered, String type, String reason, String note, String docType,
      String docRef, Long customerId, Long by) {}

  record Inserted(long id, UUID uuid) {}

  private final JdbcClient jdbc;

  MoveRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Inserted insert(NewMove m, java.time.Instant at) {
    return jdbc.sql("""
            INSERT INTO t_inv_move (item_id, lot_id, wh_from, loc_from, wh_to, loc_to, qty, qty_entered, uom_entered,
                                    move_type, reason, note, doc_type, doc_ref, cust_id, created_at, created_by)
            VALUES (:item, :lot, :whFrom, :locFrom, :whTo, :locTo, :qty, :qtyEntered, :uomEntered,
                    :type, :reason, :note, :docType, :docRef, :cust, :at, :by)
            RETURNING id, uuid""")
        .param("item", m.itemId()).param("lot", m.lotId()).param("whFrom", m.whFrom()).param("locFrom", m.locFrom())
        .param("whTo", m.whTo()).param("locTo", m.locTo()).param("qty", m.qty()).param("qtyEntered", m.qtyEntered())
        .param("uomEntered", m.uomEntered()).param("type", m.type()).param("reason", m.reason()).param("note", m.note())
        .param("docType", m.docType()).param("docRef", m.docRef()).param("cust", m.customerId())
        .param("at", java.sql.Timestamp.from(at)).param("by", m.by())
        .query((rs, n) -> new Inserted(rs.getLong("id"), rs.getObject("uuid", UUID.class))).single();
  }

  boolean itemHasMoves(long itemId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM t_inv_move WHERE item_id = :item)").param("item", itemId)
        .query(Boolean.class).single();
  }
}
