package io.kelola.factory.purchasing;

import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code t_po} and {@code t_po_detail}. Documents are found by number or uuid, never by id. */
@Repository
class PoRepository {

  /** The row a transition works on, read under its row lock. */
  record Locked(long id, String poNo, long vendorId, String vendor, String warehouse, String status, Long createdBy,
      UUID ownerUuid, BigDecimal total, LocalDate orderDate) {}

  /** A line as the receipt needs it. */
  record LineRow(long id, int lineNo, long itemId, String item, BigDecimal qty, BigDecimal unitPrice, String taxCode,
      BigDecimal qtyReceived) {}

  static final Map<String, String> SORTS = Map.of("no", "p.po_no", "vendor", "v.name", "date", "p.order_dt",
      "total", "p.total_amt", "status", "p.status", "expected", "p.expected_dt");

  private static final String SUMMARY = """
      SELECT p.id, p.uuid, p.po_no, v.code AS vendor, v.name AS vendor_name, w.code AS wh, p.order_dt, p.expected_dt,
             p.total_amt, p.tax_amt, p.grand_amt, p.status, p.created_at, u.username AS created_by_name
      FROM t_po p JOIN m_vendor v ON v.id = p.vendor_id JOIN m_wh w ON w.id = p.wh_id
      LEFT JOIN adm_user u ON u.id = p.created_by
      WHERE p.deleted_at IS NULL""";

  private final JdbcClient jdbc;

  PoRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String no, long vendorId, long whId, LocalDate orderDate, LocalDate expectedDate, String notes,
      Totals totals, Long by, UUID owner) {
    return jdbc.sql("""
            INSERT INTO t_po (po_no, vendor_id, wh_id, order_dt, expected_dt, total_amt, tax_amt, grand_amt, notes,
                              owner_uuid, created_by, updated_by)
            VALUES (:no, :vendor, :wh, :order, :expected, :total, :tax, :grand, :notes, :owner, :by, :by)
            RETURNING id""")
        .param("no", no).param("vendor", vendorId).param("wh", whId).param("order", orderDate)
        .param("expected", expectedDate).param("total", totals.net()).param("tax", totals.tax())
        .param("grand", totals.grand()).param("notes", notes).param("owner", owner).param("by", by)
        .query(Long.class).single();
  }

  void updateHeader(long id, long vendorId, long whId, LocalDate orderDate, LocalDate expectedDate, String notes,
      Totals totals, Long by) {
    jdbc.sql("""
            UPDATE t_po SET vendor_id = :vendor, wh_id = :wh, order_dt = :order, expected_dt = :expected,
                   total_amt = :total, tax_amt = :tax, grand_amt = :grand, notes = :notes, updated_by = :by
            WHERE id = :id""")
        .param("id", id).param("vendor", vendorId).param("wh", whId).param("order", orderDate)
        .param("expected", expectedDate).param("total", totals.net()).param("tax", totals.tax())
        .param("grand", totals.grand()).param("notes", notes).param("by", by).update();
  }

  void replaceLines(long poId, List<PoLines.Priced> lines, Long by) {
    jdbc.sql("DELETE FROM t_po_detail WHERE po_id = :id").param("id", poId).update();
    int n = 0;
    for (var l : lines) {
      jdbc.sql("""
              INSERT INTO t_po_detail (po_id, line_no, item_id, qty, unit_price, tax_code, line_amt, created_by)
              VALUES (:po, :no, :item, :qty, :price, :tax, :amt, :by)""")
          .param("po", poId).param("no", ++n).param("item", l.item().id()).param("qty", l.qty())
          .param("price", l.unitPrice()).param("tax", l.taxCode()).param("amt", l.lineAmt()).param("by", by)
          .update();
    }
  }

  Optional<Locked> lock(String key) {
    return jdbc.sql("""
            SELECT p.id, p.po_no, p.vendor_id, v.code AS vendor, w.code AS wh, p.status, p.created_by, p.owner_uuid,
                   p.total_amt, p.order_dt
            FROM t_po p JOIN m_vendor v ON v.id = p.vendor_id JOIN m_wh w ON w.id = p.wh_id
            WHERE p.deleted_at IS NULL""" + " AND " + keyColumn(key) + " = :key FOR UPDATE OF p")
        .param("key", keyValue(key))
        .query((rs, n) -> new Locked(rs.getLong("id"), rs.getString("po_no"), rs.getLong("vendor_id"),
            rs.getString("vendor"), rs.getString("wh"), rs.getString("status"), (Long) rs.getObject("created_by"),
            rs.getObject("owner_uuid", UUID.class), rs.getBigDecimal("total_amt"),
            rs.getObject("order_dt", LocalDate.class)))
        .optional();
  }

  void setStatus(long id, String status, Long by) {
    jdbc.sql("UPDATE t_po SET status = :s, updated_by = :by WHERE id = :id")
        .param("id", id).param("s", status).param("by", by).update();
  }

  void approved(long id, Long by, java.time.Instant at) {
    jdbc.sql("UPDATE t_po SET status = 'Approved', approved_at = :at, approved_by = :by, updated_by = :by WHERE id = :id")
        .param("id", id).param("by", by).param("at", java.sql.Timestamp.from(at)).update();
  }

  List<LineRow> lines(long poId) {
    return jdbc.sql("""
            SELECT d.id, d.line_no, d.item_id, i.code, d.qty, d.unit_price, d.tax_code, d.qty_received
            FROM t_po_detail d JOIN m_item i ON i.id = d.item_id WHERE d.po_id = :po ORDER BY d.line_no""")
        .param("po", poId)
        .query((rs, n) -> new LineRow(rs.getLong("id"), rs.getInt("line_no"), rs.getLong("item_id"),
            rs.getString("code"), rs.getBigDecimal("qty"), rs.getBigDecimal("unit_price"), rs.getString("tax_code"),
            rs.getBigDecimal("qty_received")))
        .list();
  }

  void addReceived(long lineId, BigDecimal qty) {
    jdbc.sql("UPDATE t_po_detail SET qty_received = qty_received + :qty WHERE id = :id")
        .param("id", lineId).param("qty", qty).update();
  }

  /** The item's standard cost: the default unit price of a line that names none. */
  BigDecimal standardCost(long itemId) {
    return jdbc.sql("SELECT std_cost FROM m_item WHERE id = :id").param("id", itemId).query(BigDecimal.class).single();
  }

  PageResult<PoSummary> page(PageQuery q, String status) {
    var where = new StringBuilder();
    var params = new HashMap<String, Object>();
    filter(q.hasSearch() ? q.q() : null, status, where, params);
    long total = jdbc.sql("SELECT count(*) FROM (" + SUMMARY + where + ") x").params(params).query(Long.class).single();
    // orderBy breaks ties on "id", which the joins make ambiguous
    var rows = jdbc.sql(SUMMARY + where + q.orderBy(SORTS, "p.order_dt DESC, p.id DESC").replace(", id", ", p.id")
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", q.size()).param("offset", q.offset()).query(PoRepository::summary).list();
    return new PageResult<>(rows, q, total);
  }

  /** Every matching PO for exports, newest first (capped). */
  List<PoSummary> all(String search, String status, int max) {
    var where = new StringBuilder();
    var params = new HashMap<String, Object>();
    filter(search, status, where, params);
    return jdbc.sql(SUMMARY + where + " ORDER BY p.order_dt DESC, p.id DESC LIMIT :max").params(params)
        .param("max", max).query(PoRepository::summary).list();
  }

  Optional<Header> header(String key) {
    return jdbc.sql("""
            SELECT x.*, p.notes, p.approved_at, a.username AS approved_by_name FROM (""" + SUMMARY + ") x"
            + " JOIN t_po p ON p.id = x.id LEFT JOIN adm_user a ON a.id = p.approved_by WHERE x."
            + (keyColumn(key).equals("p.uuid") ? "uuid" : "po_no") + " = :key")
        .param("key", keyValue(key))
        .query((rs, n) -> new Header(rs.getLong("id"), summary(rs, n), rs.getString("notes"),
            rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
            rs.getString("approved_by_name")))
        .optional();
  }

  record Header(long id, PoSummary summary, String notes, java.time.Instant approvedAt, String approvedBy) {}

  List<PoLine> lineViews(long poId) {
    return jdbc.sql("""
            SELECT d.line_no, i.code, i.name, i.uom, i.is_lot_track, i.is_exp_track, d.qty, d.unit_price, d.tax_code,
                   d.line_amt, d.qty_received
            FROM t_po_detail d JOIN m_item i ON i.id = d.item_id WHERE d.po_id = :po ORDER BY d.line_no""")
        .param("po", poId)
        .query((rs, n) -> new PoLine(rs.getInt("line_no"), rs.getString("code"), rs.getString("name"),
            rs.getString("uom"), rs.getBoolean("is_lot_track"), rs.getBoolean("is_exp_track"), rs.getBigDecimal("qty"),
            rs.getBigDecimal("unit_price"), rs.getString("tax_code"), rs.getBigDecimal("line_amt"),
            rs.getBigDecimal("qty_received")))
        .list();
  }

  private static void filter(String search, String status, StringBuilder where, Map<String, Object> params) {
    if (search != null && !search.isBlank()) {
      where.append(" AND (p.po_no ILIKE :q OR v.code ILIKE :q OR v.name ILIKE :q)");
      params.put("q", new PageQuery(1, 1, null, false, search.replace("\0", "")).likePattern());
    }
    if (status != null) {
      where.append(" AND p.status = :status");
      params.put("status", status);
    }
  }

  private static String keyColumn(String key) {
    return isUuid(key) ? "p.uuid" : "p.po_no";
  }

  private static Object keyValue(String key) {
    return isUuid(key) ? UUID.fromString(key) : key;
  }

  private static boolean isUuid(String key) {
    return key != null && key.length() == 36 && key.matches("[0-9a-fA-F-]{36}") && parses(key);
  }

  private static boolean parses(String key) {
    try {
      UUID.fromString(key);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static PoSummary summary(ResultSet rs, int n) throws SQLException {
    return new PoSummary(rs.getObject("uuid", UUID.class), rs.getString("po_no"), rs.getString("vendor"),
        rs.getString("vendor_name"), rs.getString("wh"), rs.getObject("order_dt", LocalDate.class),
        rs.getObject("expected_dt", LocalDate.class), rs.getBigDecimal("total_amt"), rs.getBigDecimal("tax_amt"),
        rs.getBigDecimal("grand_amt"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by_name"));
  }
}
