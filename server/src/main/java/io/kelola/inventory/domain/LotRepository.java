package io.kelola.inventory.domain;

import io.kelola.inventory.LotView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code t_lot} and {@code t_lot_link}. */
@Repository
class LotRepository {

  /** A lot with its internal keys, for the ledger's own use. */
  record LotRow(long id, UUID uuid, long itemId, String itemCode, String lotNo, String status, LocalDate expDate) {}

  private static final String SELECT = """
      SELECT l.id, l.uuid, l.item_id, i.code AS item_code, l.lot_no, l.status, l.exp_dt
      FROM t_lot l JOIN m_item i ON i.id = l.item_id WHERE l.deleted_at IS NULL""";

  private final JdbcClient jdbc;

  LotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LotRow> find(long itemId, String lotNo) {
    return jdbc.sql(SELECT + " AND l.item_id = :item AND l.lot_no = :lot").param("item", itemId).param("lot", lotNo)
        .query(LotRepository::row).optional();
  }

  Optional<LotRow> find(UUID uuid) {
    return jdbc.sql(SELECT + " AND l.uuid = :uuid").param("uuid", uuid).query(LotRepository::row).optional();
  }

  /** Locks the lot row for a status change; users of the lot's stock hold {@link #share} meanwhile. */
  Optional<LotRow> lock(UUID uuid) {
    return jdbc.sql(SELECT + " AND l.uuid = :uuid FOR UPDATE OF l").param("uuid", uuid).query(LotRepository::row)
        .optional();
  }

  /**
   * Public id of the user who registered the lot, null for system-made lots: lot events are scoped to
   * that owner (an operator sees events of the lots they took in, seed 000).
   */
  UUID creatorUuid(long lotId) {
    return jdbc.sql("SELECT u.uuid FROM t_lot l JOIN adm_user u ON u.id = l.created_by WHERE l.id = :id")
        .param("id", lotId).query(UUID.class).optional().orElse(null);
  }

  /** Reads the lot and keeps its status from changing until commit. */
  LotRow share(long id) {
    return jdbc.sql(SELECT + " AND l.id = :id FOR SHARE OF l").param("id", id).query(LotRepository::row).single();
  }

  /** Inserts the lot unless it exists; returns the (new or existing) lot. */
  LotRow insertIfAbsent(long itemId, String lotNo, String supplierLot, Long vendorId, LocalDate mfg, LocalDate exp,
      Long by) {
    jdbc.sql("""
            INSERT INTO t_lot (item_id, lot_no, supp_lot, vendor_id, mfg_dt, exp_dt, created_by, updated_by)
            VALUES (:item, :lot, :supp, :vendor, :mfg, :exp, :by, :by)
            ON CONFLICT (item_id, lot_no) DO NOTHING""")
        .param("item", itemId).param("lot", lotNo).param("supp", supplierLot).param("vendor", vendorId)
        .param("mfg", mfg).param("exp", exp).param("by", by).update();
    return find(itemId, lotNo).orElseThrow();
  }

  void setStatus(long id, String status, String note, Long by) {
    jdbc.sql("UPDATE t_lot SET status = :status, status_note = :note, updated_at = NOW(), updated_by = :by WHERE id = :id")
        .param("id", id).param("status", status).param("note", note).param("by", by).update();
  }

  void link(long inLot, long outLot, BigDecimal qty, String docType, String docRef, Long by) {
    jdbc.sql("""
            INSERT INTO t_lot_link (in_lot_id, out_lot_id, qty, doc_type, doc_ref, created_by)
            VALUES (:in, :out, :qty, :docType, :docRef, :by)""")
        .param("in", inLot).param("out", outLot).param("qty", qty).param("docType", docType).param("docRef", docRef)
        .param("by", by).update();
  }

  String statusOwner(UUID uuid) {
    return jdbc.sql("SELECT status_owner FROM t_lot WHERE uuid = :uuid").param("uuid", uuid).query(String.class)
        .optional().orElse(null);
  }

  void setStatusOwner(UUID uuid, String module) {
    jdbc.sql("UPDATE t_lot SET status_owner = :m WHERE uuid = :uuid").param("m", module).param("uuid", uuid).update();
  }

  Optional<LotView> view(UUID uuid) {
    return jdbc.sql("""
            SELECT l.uuid, i.code AS item, l.lot_no, l.supp_lot, v.code AS vendor, l.mfg_dt, l.exp_dt, l.status,
                   l.status_note
            FROM t_lot l JOIN m_item i ON i.id = l.item_id LEFT JOIN m_vendor v ON v.id = l.vendor_id
            WHERE l.deleted_at IS NULL AND l.uuid = :uuid""")
        .param("uuid", uuid)
        .query((rs, n) -> new LotView(rs.getObject("uuid", UUID.class), rs.getString("item"), rs.getString("lot_no"),
            rs.getString("supp_lot"), rs.getString("vendor"), rs.getObject("mfg_dt", LocalDate.class),
            rs.getObject("exp_dt", LocalDate.class), rs.getString("status"), rs.getString("status_note")))
        .optional();
  }

  private static LotRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new LotRow(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getLong("item_id"),
        rs.getString("item_code"), rs.getString("lot_no"), rs.getString("status"),
        rs.getObject("exp_dt", LocalDate.class));
  }
}
