package io.kelola.inventory.web;

import io.kelola.shared.web.Formats;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read model of lots and of one lot's balances. */
@Component
class LotQueries {


  private static final String SELECT = """
      SELECT t.id, t.uuid, t.lot_no, t.supp_lot, t.mfg_dt, t.exp_dt, t.status, t.status_note,
             i.code AS item_code, i.name AS item_name, i.uom, v.code AS vendor_code, v.name AS vendor_name,
             COALESCE((SELECT sum(b.qty_on_hand) FROM t_inv b WHERE b.lot_id = t.id), 0) AS on_hand
      FROM t_lot t
      JOIN m_item i ON i.id = t.item_id
      LEFT JOIN m_vendor v ON v.id = t.vendor_id""";

  private final JdbcClient jdbc;
  private final Clock clock;

  LotQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  PageResult<LotRow> page(LotFilter f, PageQuery page) {
    var where = new StringBuilder(" WHERE t.deleted_at IS NULL");
    var params = new HashMap<String, Object>();
    if (f.q() != null) {
      where.append(" AND (t.lot_no ILIKE :q OR t.supp_lot ILIKE :q OR i.code ILIKE :q OR i.name ILIKE :q)");
      params.put("q", new PageQuery(1, 1, null, false, f.q()).likePattern());
    }
    if (f.status() != null) {
      where.append(" AND t.status = :status");
      params.put("status", f.status());
    }
    if (f.item() != null) {
      where.append(" AND lower(i.code) = lower(:item)");
      params.put("item", f.item());
    }
    long total = jdbc.sql("SELECT count(*) FROM t_lot t JOIN m_item i ON i.id = t.item_id" + where)
        .params(params).query(Long.class).single();
    var today = today();
    var rows = jdbc.sql("SELECT * FROM (" + SELECT + where + ") t"
            + page.orderBy(Map.of("lot", "lot_no", "item", "item_code", "exp", "exp_dt", "mfg", "mfg_dt",
                "status", "status", "onHand", "on_hand"), "exp_dt NULLS LAST, lot_no, id")
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> map(rs, today)).list();
    return new PageResult<>(rows, page, total);
  }

  /** The lot and its internal id (for the trace and move queries). */
  @Transactional(readOnly = true)
  Optional<Map.Entry<Long, LotRow>> find(UUID uuid) {
    var today = today();
    return jdbc.sql(SELECT + " WHERE t.uuid = :uuid AND t.deleted_at IS NULL").param("uuid", uuid)
        .query((rs, n) -> Map.entry(rs.getLong("id"), map(rs, today))).optional();
  }

  @Transactional(readOnly = true)
  List<LotBalance> balances(long lotId) {
    return jdbc.sql("""
        SELECT w.code AS wh_code, l.code AS loc_code, b.qty_on_hand, b.qty_reserved, i.uom
        FROM t_inv b JOIN m_wh w ON w.id = b.wh_id LEFT JOIN m_loc l ON l.id = b.loc_id JOIN m_item i ON i.id = b.item_id
        WHERE b.lot_id = :lot ORDER BY w.code, l.code NULLS FIRST""")
        .param("lot", lotId)
        .query((rs, n) -> new LotBalance(rs.getString("wh_code"), rs.getString("loc_code"), rs.getBigDecimal("qty_on_hand"),
            rs.getBigDecimal("qty_reserved"), rs.getString("uom")))
        .list();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Formats.WIB);
  }

  private static LotRow map(ResultSet rs, LocalDate today) throws SQLException {
    var mfg = rs.getDate("mfg_dt");
    var exp = rs.getDate("exp_dt");
    var expDate = exp == null ? null : exp.toLocalDate();
    return new LotRow(rs.getObject("uuid", UUID.class), rs.getString("lot_no"), rs.getString("item_code"),
        rs.getString("item_name"), rs.getString("uom"), rs.getString("supp_lot"), rs.getString("vendor_code"),
        rs.getString("vendor_name"), mfg == null ? null : mfg.toLocalDate(), expDate, rs.getString("status"),
        rs.getString("status_note"), rs.getBigDecimal("on_hand"),
        expDate == null ? null : ChronoUnit.DAYS.between(today, expDate));
  }
}
