package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code t_sari_lot}, {@code t_lot_photo} and the append-only {@code log_lot_stage}. */
@Repository
class SariLotRepository {

  static final String SELECT = """
      SELECT l.id, l.uuid, l.lot_code, l.inv_lot_uuid, i.code AS item, i.name AS item_name, v.code AS vendor,
             v.name AS vendor_name, l.market, l.qty, l.uom, l.qty_base, i.uom AS base_uom, l.supplier_lot,
             l.harvest_date, l.exp_date, l.intake_temp, l.wh_code, l.recv_loc, l.slot_loc, l.coa_file_key,
             l.coa_file_name, l.stage, l.stage_at, l.owner_uuid, u.full_name AS owner_name, l.created_at
      FROM t_sari_lot l JOIN m_item i ON i.id = l.item_id JOIN m_vendor v ON v.id = l.vendor_id
      JOIN adm_user u ON u.id = l.created_by""";

  record NewLot(String lotCode, UUID inventoryLot, long itemId, long vendorId, String market, BigDecimal qty,
      String uom, BigDecimal qtyBase, String supplierLot, LocalDate harvestDate, LocalDate expDate,
      BigDecimal intakeTemp, String warehouse, String receivingLocation, String coaFileKey, String coaFileName,
      UUID ownerUuid, long createdBy) {}


  private final JdbcClient jdbc;
  private final io.kelola.masterdata.MasterLookup masters;

  SariLotRepository(JdbcClient jdbc, io.kelola.masterdata.MasterLookup masters) {
    this.jdbc = jdbc;
    this.masters = masters;
  }

  String nextLotCode(LocalDate today) {
    long n = jdbc.sql("SELECT nextval('seq_sari_lot')").query(Long.class).single();
    // the sequence never repeats, so neither does the code (it grows past four digits if it must)
    return "SARI-%02d%02d%02d-%04d".formatted(today.getYear() % 100, today.getMonthValue(), today.getDayOfMonth(), n);
  }

  long insert(NewLot l) {
    return jdbc.sql("""
            INSERT INTO t_sari_lot (lot_code, inv_lot_uuid, item_id, vendor_id, market, qty, uom, qty_base,
              supplier_lot, harvest_date, exp_date, intake_temp, wh_code, recv_loc, coa_file_key, coa_file_name,
              owner_uuid, created_by)
            VALUES (:code, :inv, :item, :vendor, :market, :qty, :uom, :base, :slot, :harvest, :exp, :temp, :wh,
              :recv, :coaKey, :coaName, :owner, :by) RETURNING id""")
        .param("code", l.lotCode()).param("inv", l.inventoryLot()).param("item", l.itemId())
        .param("vendor", l.vendorId()).param("market", l.market()).param("qty", l.qty()).param("uom", l.uom())
        .param("base", l.qtyBase()).param("slot", l.supplierLot()).param("harvest", l.harvestDate())
        .param("exp", l.expDate()).param("temp", l.intakeTemp()).param("wh", l.warehouse())
        .param("recv", l.receivingLocation()).param("coaKey", l.coaFileKey()).param("coaName", l.coaFileName())
        .param("owner", l.ownerUuid()).param("by", l.createdBy())
        .query(Long.class).single();
  }

  /** The inventory lot the ledger registered for this intake (same item, lot number = lot code). */
  UUID inventoryLotUuid(long itemId, String lotCode) {
    return jdbc.sql("SELECT uuid FROM t_lot WHERE item_id = :item AND lot_no = :lot").param("item", itemId)
        .param("lot", lotCode).query(UUID.class).single();
  }

  /** The lot's material as a master reference (materials of existing lots are never hard-deleted). */
  io.kelola.masterdata.ItemRef itemRef(SariLot lot) {
    return masters.item(lot.item()).orElseThrow(() -> io.kelola.shared.web.BusinessRuleException.conflict("item",
        "sari.item.unknown", lot.item()));
  }

  void insertPhoto(long lotId, int seq, String key, String type, int width, int height, int bytes) {
    jdbc.sql("""
            INSERT INTO t_lot_photo (lot_id, seq, file_key, content_type, width, height, bytes)
            VALUES (:lot, :seq, :key, :type, :w, :h, :b)""")
        .param("lot", lotId).param("seq", seq).param("key", key).param("type", type).param("w", width)
        .param("h", height).param("b", bytes).update();
  }

  List<LotPhoto> photos(long lotId) {
    return jdbc.sql("""
            SELECT id, uuid, seq, file_key, content_type, width, height, bytes FROM t_lot_photo
            WHERE lot_id = :lot ORDER BY seq""")
        .param("lot", lotId)
        .query((rs, n) -> new LotPhoto(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getInt("seq"),
            rs.getString("file_key"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
            rs.getInt("bytes")))
        .list();
  }

  Optional<LotPhoto> photo(UUID uuid) {
    return jdbc.sql("SELECT id, uuid, seq, file_key, content_type, width, height, bytes FROM t_lot_photo WHERE uuid = :u")
        .param("u", uuid)
        .query((rs, n) -> new LotPhoto(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getInt("seq"),
            rs.getString("file_key"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
            rs.getInt("bytes")))
        .optional();
  }

  long lotIdOfPhoto(long photoId) {
    return jdbc.sql("SELECT lot_id FROM t_lot_photo WHERE id = :id").param("id", photoId).query(Long.class).single();
  }

  Optional<SariLot> byCode(String code) {
    return jdbc.sql(SELECT + " WHERE l.lot_code = :code").param("code", code).query(SariLotRepository::row).optional();
  }

  Optional<SariLot> byId(long id) {
    return jdbc.sql(SELECT + " WHERE l.id = :id").param("id", id).query(SariLotRepository::row).optional();
  }

  /** Locks the lot row: stage changes of one lot happen one at a time. */
  Optional<SariLot> lockByCode(String code) {
    return jdbc.sql(SELECT + " WHERE l.lot_code = :code FOR UPDATE OF l").param("code", code)
        .query(SariLotRepository::row).optional();
  }

  Optional<SariLot> lockById(long id) {
    return jdbc.sql(SELECT + " WHERE l.id = :id FOR UPDATE OF l").param("id", id).query(SariLotRepository::row)
        .optional();
  }

  /** Moves the lot to {@code stage} and logs it with the minutes it spent in the previous one. */
  void changeStage(SariLot lot, String stage, String what, String note, Long actor, Instant now) {
    jdbc.sql("UPDATE t_sari_lot SET stage = :stage, stage_at = :now, updated_at = :now WHERE id = :id")
        .param("stage", stage).param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .param("id", lot.id()).update();
    log(lot.id(), what, stage, minutesBetween(lot.stageAt(), now), note, actor, now);
  }

  void setSlot(long lotId, String location) {
    jdbc.sql("UPDATE t_sari_lot SET slot_loc = :loc, updated_at = NOW() WHERE id = :id").param("loc", location)
        .param("id", lotId).update();
  }

  void log(long lotId, String what, String stage, Integer durationMin, String note, Long actor, Instant at) {
    jdbc.sql("""
            INSERT INTO log_lot_stage (lot_id, at, what, stage, duration_min, note, actor_id)
            VALUES (:lot, :at, :what, :stage, :dur, :note, :actor)""")
        .param("lot", lotId).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("what", what)
        .param("stage", stage).param("dur", durationMin).param("note", note).param("actor", actor).update();
  }

  private static Integer minutesBetween(Instant from, Instant to) {
    return from == null ? null : (int) Math.max(0, java.time.Duration.between(from, to).toMinutes());
  }

  static SariLot row(ResultSet rs, int n) throws SQLException {
    return new SariLot(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getString("lot_code"),
        rs.getObject("inv_lot_uuid", UUID.class), rs.getString("item"), rs.getString("item_name"),
        rs.getString("vendor"), rs.getString("vendor_name"), rs.getString("market"), rs.getBigDecimal("qty"),
        rs.getString("uom"), rs.getBigDecimal("qty_base"), rs.getString("base_uom"), rs.getString("supplier_lot"),
        rs.getObject("harvest_date", LocalDate.class), rs.getObject("exp_date", LocalDate.class),
        rs.getBigDecimal("intake_temp"), rs.getString("wh_code"), rs.getString("recv_loc"), rs.getString("slot_loc"),
        rs.getString("coa_file_key"), rs.getString("coa_file_name"), rs.getString("stage"),
        rs.getObject("stage_at", OffsetDateTime.class).toInstant(), rs.getObject("owner_uuid", UUID.class),
        rs.getString("owner_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
