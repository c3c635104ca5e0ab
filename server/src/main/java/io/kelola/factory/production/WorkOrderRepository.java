package io.kelola.factory.production;

import io.kelola.factory.production.WorkOrderViews.Material;
import io.kelola.factory.production.WorkOrderViews.Qc;
import io.kelola.factory.production.WorkOrderViews.WorkOrder;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code t_wo}, {@code t_wo_material} and {@code t_qc}. */
@Repository
class WorkOrderRepository {

  /** The internal handle of a locked work order. */
  record Locked(long id, String woNo, String status, UUID owner, long itemId, String itemCode, String warehouse,
      String lotNo) {}

  private static final Map<String, String> SORTS = Map.of("no", "w.wo_no", "start", "w.start_dt", "status", "w.status",
      "machine", "m.code", "item", "i.code");

  private final JdbcClient jdbc;

  WorkOrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String no, long itemId, long machineId, long whId, Long soId, LocalDate start, LocalDate end,
      BigDecimal planQty, String notes, UUID owner, Long by) {
    return jdbc.sql("""
            INSERT INTO t_wo (wo_no, item_id, machine_id, wh_id, so_id, start_dt, end_dt, plan_qty, notes, owner_uuid,
                              created_by, updated_by)
            VALUES (:no, :item, :machine, :wh, :so, :start, :end, :plan, :notes, :owner, :by, :by) RETURNING id""")
        .param("no", no).param("item", itemId).param("machine", machineId).param("wh", whId).param("so", soId)
        .param("start", start).param("end", end).param("plan", planQty).param("notes", notes).param("owner", owner)
        .param("by", by).query(Long.class).single();
  }

  void insertMaterial(long woId, long itemId, long whId, BigDecimal qtyPlan) {
    jdbc.sql("INSERT INTO t_wo_material (wo_id, item_id, wh_id, qty_plan) VALUES (:wo, :item, :wh, :qty)")
        .param("wo", woId).param("item", itemId).param("wh", whId).param("qty", qtyPlan).update();
  }

  Optional<Long> salesOrderId(String soNo) {
    return jdbc.sql("SELECT id FROM t_so WHERE so_no = :no AND deleted_at IS NULL").param("no", soNo)
        .query(Long.class).optional();
  }

  /** Locks the order (by number or uuid) until commit, so status changes never interleave. */
  Optional<Locked> lock(String ref) {
    return jdbc.sql("""
            SELECT w.id, w.wo_no, w.status, w.owner_uuid, w.item_id, i.code AS item_code, wh.code AS wh_code, w.lot_no
            FROM t_wo w JOIN m_item i ON i.id = w.item_id JOIN m_wh wh ON wh.id = w.wh_id
            WHERE w.deleted_at IS NULL""" + " AND " + refClause(ref) + " FOR UPDATE OF w")
        .param("ref", refValue(ref))
        .query((rs, n) -> new Locked(rs.getLong("id"), rs.getString("wo_no"), rs.getString("status"),
            rs.getObject("owner_uuid", UUID.class), rs.getLong("item_id"), rs.getString("item_code"),
            rs.getString("wh_code"), rs.getString("lot_no")))
        .optional();
  }

  void setStatus(long id, String status, Long by) {
    jdbc.sql("UPDATE t_wo SET status = :s, updated_by = :by WHERE id = :id").param("s", status).param("by", by)
        .param("id", id).update();
  }

  void addOutput(long id, BigDecimal good, BigDecimal reject, String lotNo, Long by) {
    jdbc.sql("""
            UPDATE t_wo SET actual_qty = actual_qty + :good, reject_qty = reject_qty + :rej,
                   lot_no = COALESCE(:lot, lot_no), updated_by = :by WHERE id = :id""")
        .param("good", good).param("rej", reject).param("lot", lotNo).param("by", by).param("id", id).update();
  }

  void addIssued(long woId, long itemId, BigDecimal qty) {
    jdbc.sql("UPDATE t_wo_material SET qty_issued = qty_issued + :q WHERE wo_id = :wo AND item_id = :item")
        .param("q", qty).param("wo", woId).param("item", itemId).update();
  }

  void insertQc(long woId, LocalDate date, BigDecimal sample, BigDecimal defects, String grade, String notes, Long by) {
    jdbc.sql("""
            INSERT INTO t_qc (wo_id, check_dt, sample_size, defect_count, grade, notes, created_by)
            VALUES (:wo, :dt, :sample, :defects, :grade, :notes, :by)""")
        .param("wo", woId).param("dt", date).param("sample", sample).param("defects", defects).param("grade", grade)
        .param("notes", notes).param("by", by).update();
  }

  Optional<WorkOrder> find(String ref) {
    return jdbc.sql(SELECT + " AND " + refClause(ref)).param("ref", refValue(ref))
        .query(WorkOrderRepository::order).optional();
  }

  Optional<Long> id(String ref) {
    return jdbc.sql("SELECT w.id FROM t_wo w WHERE w.deleted_at IS NULL AND " + refClause(ref))
        .param("ref", refValue(ref)).query(Long.class).optional();
  }

  PageResult<WorkOrder> page(PageQuery q, String status) {
    var where = new StringBuilder(" AND (CAST(:status AS VARCHAR) IS NULL OR w.status = :status)");
    if (q.hasSearch()) where.append(" AND (w.wo_no ILIKE :p OR i.code ILIKE :p OR i.name ILIKE :p OR m.code ILIKE :p)");
    long total = jdbc.sql("SELECT count(*) " + FROM + where).param("status", status).param("p", q.likePattern())
        .query(Long.class).single();
    var rows = jdbc.sql(SELECT + where + q.orderBy(SORTS, "w.start_dt DESC, w.wo_no DESC").replace(", id", ", w.id")
            + " LIMIT :limit OFFSET :offset")
        .param("status", status).param("p", q.likePattern()).param("limit", q.size()).param("offset", q.offset())
        .query(WorkOrderRepository::order).list();
    return new PageResult<>(rows, q, total);
  }

  List<WorkOrder> all(String status, int limit) {
    return jdbc.sql(SELECT + " AND (CAST(:status AS VARCHAR) IS NULL OR w.status = :status)"
            + " ORDER BY w.start_dt DESC, w.wo_no DESC LIMIT :limit")
        .param("status", status).param("limit", limit).query(WorkOrderRepository::order).list();
  }

  List<Material> materials(long woId) {
    return jdbc.sql("""
            SELECT i.code, i.name, i.uom, i.is_lot_track, wh.code AS wh_code, m.qty_plan, m.qty_issued
            FROM t_wo_material m JOIN m_item i ON i.id = m.item_id JOIN m_wh wh ON wh.id = m.wh_id
            WHERE m.wo_id = :wo ORDER BY m.id""")
        .param("wo", woId)
        .query((rs, n) -> new Material(rs.getString("code"), rs.getString("name"), rs.getString("uom"),
            rs.getString("wh_code"), rs.getBigDecimal("qty_plan"), rs.getBigDecimal("qty_issued"),
            rs.getBoolean("is_lot_track")))
        .list();
  }

  List<Qc> qc(long woId) {
    return jdbc.sql("""
            SELECT q.uuid, q.check_dt, q.sample_size, q.defect_count, q.grade, q.notes, q.created_at, u.username
            FROM t_qc q LEFT JOIN adm_user u ON u.id = q.created_by WHERE q.wo_id = :wo ORDER BY q.check_dt, q.id""")
        .param("wo", woId)
        .query((rs, n) -> new Qc(rs.getObject("uuid", UUID.class), rs.getObject("check_dt", LocalDate.class),
            rs.getBigDecimal("sample_size"), rs.getBigDecimal("defect_count"), rs.getString("grade"),
            rs.getString("notes"), rs.getTimestamp("created_at").toInstant(), rs.getString("username")))
        .list();
  }

  private static String refClause(String ref) {
    return isUuid(ref) ? "w.uuid = CAST(:ref AS UUID)" : "w.wo_no = :ref";
  }

  private static String refValue(String ref) {
    return ref == null ? "" : ref.strip();
  }

  static boolean isUuid(String ref) {
    if (ref == null || ref.strip().length() != 36) return false;
    try {
      UUID.fromString(ref.strip());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static final String FROM = """
      FROM t_wo w JOIN m_item i ON i.id = w.item_id JOIN m_machine m ON m.id = w.machine_id
      JOIN m_wh wh ON wh.id = w.wh_id LEFT JOIN t_so so ON so.id = w.so_id LEFT JOIN adm_user u ON u.id = w.created_by
      WHERE w.deleted_at IS NULL""";

  private static final String SELECT = """
      SELECT w.uuid, w.wo_no, i.code AS item_code, i.name AS item_name, i.uom, m.code AS machine_code,
             m.name AS machine_name, wh.code AS wh_code, so.so_no, w.start_dt, w.end_dt, w.plan_qty, w.actual_qty,
             w.reject_qty, w.lot_no, w.status, w.notes, w.created_at, u.username
      """ + FROM;

  private static WorkOrder order(ResultSet rs, int n) throws SQLException {
    return new WorkOrder(rs.getObject("uuid", UUID.class), rs.getString("wo_no"), rs.getString("item_code"),
        rs.getString("item_name"), rs.getString("uom"), rs.getString("machine_code"), rs.getString("machine_name"),
        rs.getString("wh_code"), rs.getString("so_no"), rs.getObject("start_dt", LocalDate.class),
        rs.getObject("end_dt", LocalDate.class), rs.getBigDecimal("plan_qty"), rs.getBigDecimal("actual_qty"),
        rs.getBigDecimal("reject_qty"), rs.getString("lot_no"), rs.getString("status"), rs.getString("notes"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("username"));
  }
}
