package io.kelola.inventory.web;

import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read model of stock on hand: balances joined with master data, status computed in SQL. */
@Component
class StockQueries {

  static final Map<String, String> SORTS = Map.ofEntries(Map.entry("item", "item_code"), Map.entry("name", "item_name"),
      Map.entry("category", "category"), Map.entry("wh", "wh_code"), Map.entry("loc", "loc_code"),
      Map.entry("lot", "lot_no"), Map.entry("exp", "exp_dt"), Map.entry("onHand", "on_hand"),
      Map.entry("reserved", "reserved"), Map.entry("available", "available"), Map.entry("status", "status_rank"));
  private static final String DEFAULT_ORDER = "item_code, wh_code, loc_code NULLS FIRST, lot_no NULLS FIRST, id";

  private final JdbcClient jdbc;

  StockQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  PageResult<StockRow> page(StockFilter filter, PageQuery page) {
    var params = new HashMap<String, Object>();
    var sql = rated(filter, params);
    long total = jdbc.sql("SELECT count(*) FROM (" + sql + ") s").params(params).query(Long.class).single();
    var rows = jdbc.sql("SELECT * FROM (" + sql + ") s" + page.orderBy(SORTS, DEFAULT_ORDER) + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(StockQueries::map).list();
    return new PageResult<>(rows, page, total);
  }

  /** Every matching row in list order, streamed (exports). */
  @Transactional(readOnly = true)
  void forEach(StockFilter filter, PageQuery order, int max, Consumer<StockRow> sink) {
    var params = new HashMap<String, Object>();
    var sql = rated(filter, params);
    try (var rows = jdbc.sql("SELECT * FROM (" + sql + ") s" + order.orderBy(SORTS, DEFAULT_ORDER) + " LIMIT :max")
        .params(params).param("max", max).withFetchSize(500).query(StockQueries::map).stream()) {
      rows.forEach(sink);
    }
  }

  private static String rated(StockFilter f, Map<String, Object> params) {
    var where = new StringBuilder(" WHERE TRUE");
    if (f.q() != null) {
      where.append(" AND (i.code ILIKE :q OR i.name ILIKE :q)");
      params.put("q", new PageQuery(1, 1, null, false, f.q()).likePattern());
    }
    if (f.wh() != null) {
      where.append(" AND lower(w.code) = lower(:wh)");
      params.put("wh", f.wh());
    }
    if (f.loc() != null) {
      where.append(" AND lower(l.code) = lower(:loc)");
      params.put("loc", f.loc());
    }
    if (f.lot() != null) {
      where.append(" AND lower(t.lot_no) = lower(:lot)");
      params.put("lot", f.lot());
    }
    if (f.category() != null) {
      where.append(" AND i.category = :category");
      params.put("category", f.category());
    }
    var base = """
        SELECT v.id, i.code AS item_code, i.name AS item_name, i.category, i.uom, i.reorder_pt, w.code AS wh_code,
               l.code AS loc_code, t.lot_no, t.uuid AS lot_uuid, t.status AS lot_status, t.exp_dt,
               v.qty_on_hand AS on_hand, v.qty_reserved AS reserved
        FROM t_inv v
        JOIN m_item i ON i.id = v.item_id
        JOIN m_wh w ON w.id = v.wh_id
        LEFT JOIN m_loc l ON l.id = v.loc_id
        LEFT JOIN t_lot t ON t.id = v.lot_id""" + where;
    var lines = f.summary() ? """
        SELECT min(id) AS id, item_code, item_name, category, uom, reorder_pt, wh_code,
               NULL::varchar AS loc_code, NULL::varchar AS lot_no, NULL::uuid AS lot_uuid, NULL::varchar AS lot_status,
               min(exp_dt) AS exp_dt, sum(on_hand) AS on_hand, sum(reserved) AS reserved
        FROM base GROUP BY item_code, item_name, category, uom, reorder_pt, wh_code""" : "SELECT * FROM base";
    var outer = new StringBuilder(" WHERE TRUE");
    if (f.status() != null) {
      outer.append(" AND status = :status");
      params.put("status", f.status());
    }
    if (f.hideZero()) outer.append(" AND (on_hand <> 0 OR reserved <> 0)");
    return "WITH base AS (" + base + "), lines AS (" + lines + "), rated AS ("
        + """
        SELECT lines.*, on_hand - reserved AS available,
               CASE WHEN reserved > on_hand THEN 'OVERSOLD' WHEN on_hand - reserved < reorder_pt THEN 'LOW' ELSE 'OK' END AS status,
               CASE WHEN reserved > on_hand THEN 2 WHEN on_hand - reserved < reorder_pt THEN 1 ELSE 0 END AS status_rank
        FROM lines)
        SELECT * FROM rated""" + outer;
  }

  private static StockRow map(ResultSet rs, int row) throws SQLException {
    var exp = rs.getDate("exp_dt");
    return new StockRow(rs.getString("item_code"), rs.getString("item_name"), rs.getString("category"),
        rs.getString("uom"), rs.getString("wh_code"), rs.getString("loc_code"), rs.getString("lot_no"),
        rs.getObject("lot_uuid", UUID.class), rs.getString("lot_status"), exp == null ? null : exp.toLocalDate(),
        rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"), rs.getBigDecimal("available"),
        rs.getBigDecimal("reorder_pt"), rs.getString("status"));
  }
}
