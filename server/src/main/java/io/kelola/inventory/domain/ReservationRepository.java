package io.kelola.inventory.domain;

import io.kelola.inventory.ReservationView;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code t_inv_resv}. */
@Repository
class ReservationRepository {

  /** A reservation with its internal keys. */
  record Row(long id, UUID uuid, long itemId, long warehouseId, Long invId, BigDecimal qty, BigDecimal qtyShort,
      String status, String docType, String docRef) {}

  private final JdbcClient jdbc;

  ReservationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID insert(long itemId, long whId, Long invId, BigDecimal qty, BigDecimal qtyShort, String docType, String docRef,
      Long by) {
    return jdbc.sql("""
            INSERT INTO t_inv_resv (item_id, wh_id, inv_id, qty, qty_short, doc_type, doc_ref, created_by, updated_by)
            VALUES (:item, :wh, :inv, :qty, :short, :docType, :docRef, :by, :by) RETURNING uuid""")
        .param("item", itemId).param("wh", whId).param("inv", invId).param("qty", qty).param("short", qtyShort)
        .param("docType", docType).param("docRef", docRef).param("by", by)
        .query(UUID.class).single();
  }

  /** Locks an ACTIVE reservation: the only state that may change; empty when absent or no longer active. */
  Optional<Row> lockActive(UUID uuid) {
    return jdbc.sql("SELECT * FROM t_inv_resv WHERE uuid = :uuid AND status = 'ACTIVE' FOR UPDATE")
        .param("uuid", uuid).query(ReservationRepository::row).optional();
  }

  boolean exists(UUID uuid) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM t_inv_resv WHERE uuid = :uuid)").param("uuid", uuid)
        .query(Boolean.class).single();
  }

  void setStatus(long id, String status, Long by) {
    jdbc.sql("UPDATE t_inv_resv SET status = :status, updated_by = :by WHERE id = :id").param("id", id)
        .param("status", status).param("by", by).update();
  }

  Optional<ReservationView> view(UUID uuid) {
    return jdbc.sql("""
            SELECT r.uuid, r.status, i.code AS item, w.code AS wh, m.code AS loc, l.lot_no, r.qty, r.qty_short,
                   r.doc_type, r.doc_ref
            FROM t_inv_resv r
            JOIN m_item i ON i.id = r.item_id
            JOIN m_wh w ON w.id = r.wh_id
            LEFT JOIN t_inv b ON b.id = r.inv_id
            LEFT JOIN m_loc m ON m.id = b.loc_id
            LEFT JOIN t_lot l ON l.id = b.lot_id
            WHERE r.uuid = :uuid""")
        .param("uuid", uuid)
        .query((rs, n) -> new ReservationView(rs.getObject("uuid", UUID.class), rs.getString("status"),
            rs.getString("item"), rs.getString("wh"), rs.getString("loc"), rs.getString("lot_no"),
            rs.getBigDecimal("qty"), rs.getBigDecimal("qty_short"), rs.getString("doc_type"), rs.getString("doc_ref")))
        .optional();
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getLong("item_id"), rs.getLong("wh_id"),
        (Long) rs.getObject("inv_id"), rs.getBigDecimal("qty"), rs.getBigDecimal("qty_short"), rs.getString("status"),
        rs.getString("doc_type"), rs.getString("doc_ref"));
  }
}
