package io.kelola.inventory.web;

import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read model of the move ledger, newest first, with names joined from master data and users. */
@Component
class MoveQueries {

  private final JdbcClient jdbc;

  MoveQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  PageResult<MoveRow> page(MoveFilter f, PageQuery page) {
    return page(f, null, page);
  }

  /** Moves of one lot (lot detail page), newest first. */
  @Transactional(readOnly = true)
  PageResult<MoveRow> ofLot(long lotId, PageQuery page) {
    return page(new MoveFilter(null, null, null, null, null, null, null, null), lotId, page);
  }

  private PageResult<MoveRow> page(MoveFilter f, Long lotId, PageQuery page) {
    var where = new StringBuilder(" WHERE TRUE");
    var params = new HashMap<String, Object>();
    if (lotId != null) {
      where.append(" AND m.lot_id = :lotId");
      params.put("lotId", lotId);
    }
    if (f.item() != null) {
      where.append(" AND lower(i.code) = lower(:item)");
      params.put("item", f.item());
    }
    if (f.wh() != null) {
      where.append(" AND (lower(wf.code) = lower(:wh) OR lower(wt.code) = lower(:wh))");
      params.put("wh", f.wh());
    }
    if (f.lot() != null) {
      where.append(" AND lower(t.lot_no) = lower(:lot)");
      params.put("lot", f.lot());
    }
    if (f.type() != null) {
      where.append(" AND m.move_type = :type");
      params.put("type", f.type());
    }
    if (f.reason() != null) {
      where.append(" AND lower(m.reason) = lower(:reason)");
      params.put("reason", f.reason());
    }
    if (f.doc() != null) {
      where.append(" AND m.doc_ref ILIKE :doc");
      params.put("doc", new PageQuery(1, 1, null, false, f.doc()).likePattern());
    }
    if (f.from() != null) {
      where.append(" AND m.created_at >= :from");
      params.put("from", Timestamp.from(f.fromInstant()));
    }
    if (f.to() != null) {
      where.append(" AND m.created_at < :to");
      params.put("to", Timestamp.from(f.toInstantExclusive()));
    }
    var from = """
         FROM t_inv_move m
         JOIN m_item i ON i.id = m.item_id
         LEFT JOIN t_lot t ON t.id = m.lot_id
         LEFT JOIN m_wh wf ON wf.id = m.wh_from
         LEFT JOIN m_loc lf ON lf.id = m.loc_from
         LEFT JOIN m_wh wt ON wt.id = m.wh_to
         LEFT JOIN m_loc lt ON lt.id = m.loc_to
         LEFT JOIN adm_user u ON u.id = m.created_by
         LEFT JOIN m_cust c ON c.id = m.cust_id""" + where;
    long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
    var rows = jdbc.sql("""
        SELECT m.uuid, m.created_at, m.move_type, m.qty, m.reason, m.doc_type, m.doc_ref, m.note,
               i.code AS item_code, i.name AS item_name, i.uom, t.lot_no, t.uuid AS lot_uuid,
               wf.code AS wh_from, lf.code AS loc_from, wt.code AS wh_to, lt.code AS loc_to,
               u.username, c.code AS cust_code, c.name AS cust_name""" + " " + from
            + " ORDER BY m.created_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> map(rs, f.wh())).list();
    return new PageResult<>(rows, page, total);
  }

  private static MoveRow map(ResultSet rs, String wh) throws SQLException {
    var qty = rs.getBigDecimal("qty");
    var whFrom = rs.getString("wh_from");
    var whTo = rs.getString("wh_to");
    return new MoveRow(rs.getObject("uuid", UUID.class), rs.getTimestamp("created_at").toInstant(),
        rs.getString("move_type"), rs.getString("item_code"), rs.getString("item_name"), rs.getString("uom"),
        rs.getString("lot_no"), rs.getObject("lot_uuid", UUID.class), whFrom, rs.getString("loc_from"), whTo,
        rs.getString("loc_to"), qty, signed(qty, wh, whFrom, whTo), rs.getString("reason"), rs.getString("doc_type"),
        rs.getString("doc_ref"), rs.getString("note"), rs.getString("username"), rs.getString("cust_code"),
        rs.getString("cust_name"));
  }

  private static BigDecimal signed(BigDecimal qty, String wh, String whFrom, String whTo) {
    if (wh == null) return null;
    boolean in = wh.equalsIgnoreCase(whTo);
    boolean out = wh.equalsIgnoreCase(whFrom);
    if (in == out) return null; // a transfer inside the warehouse changes nothing there
    return in ? qty : qty.negate();
  }

}
