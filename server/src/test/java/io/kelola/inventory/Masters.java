package io.kelola.inventory;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture masters inserted with plain SQL, every code unique to the calling test. */
final class Masters {

  private final JdbcClient jdbc;

  Masters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String code(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  String item() {
    return item(false, false, null, null, null);
  }

  String lotItem() {
    return item(true, false, null, null, null);
  }

  String item(boolean lot, boolean exp, BigDecimal tempMin, BigDecimal tempMax, Integer shelfDays) {
    var code = code("T-ITM");
    jdbc.sql("""
            INSERT INTO m_item (code, name, category, uom, is_lot_track, is_exp_track, temp_min, temp_max, shelf_days)
            VALUES (:code, :code, 'Raw Material', 'PCS', :lot, :exp, :tmin, :tmax, :shelf)""")
        .param("code", code).param("lot", lot).param("exp", exp).param("tmin", tempMin).param("tmax", tempMax)
        .param("shelf", shelfDays).update();
    return code;
  }

  String warehouse() {
    var code = code("T-WH");
    jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:code, :code)").param("code", code).update();
    return code;
  }

  String location(String warehouse, String kind, BigDecimal tempMin, BigDecimal tempMax, BigDecimal capacity) {
    var code = code("T-LOC");
    jdbc.sql("""
            INSERT INTO m_loc (wh_id, code, kind, temp_min, temp_max, cap_units)
            VALUES ((SELECT id FROM m_wh WHERE code = :wh), :code, :kind, :tmin, :tmax, :cap)""")
        .param("wh", warehouse).param("code", code).param("kind", kind).param("tmin", tempMin).param("tmax", tempMax)
        .param("cap", capacity).update();
    return code;
  }

  String location(String warehouse) {
    return location(warehouse, "STORAGE", null, null, null);
  }

  String customer() {
    var code = code("T-CUST");
    jdbc.sql("INSERT INTO m_cust (code, name) VALUES (:code, :code)").param("code", code).update();
    return code;
  }

  void conversion(String item, String from, String to, String factor) {
    jdbc.sql("""
            INSERT INTO m_uom_conv (item_id, from_uom, to_uom, factor)
            VALUES ((SELECT id FROM m_item WHERE code = :item), :from, :to, :factor)""")
        .param("item", item).param("from", from).param("to", to).param("factor", new BigDecimal(factor)).update();
  }

  /** On hand and reserved of one balance row (location and lot optional), zeros when absent. */
  BigDecimal[] balance(String item, String warehouse, String location, String lotNo) {
    return jdbc.sql("""
            SELECT i.qty_on_hand, i.qty_reserved FROM t_inv i
            JOIN m_item it ON it.id = i.item_id JOIN m_wh w ON w.id = i.wh_id
            LEFT JOIN m_loc l ON l.id = i.loc_id LEFT JOIN t_lot t ON t.id = i.lot_id
            WHERE it.code = :item AND w.code = :wh AND l.code IS NOT DISTINCT FROM CAST(:loc AS VARCHAR)
              AND t.lot_no IS NOT DISTINCT FROM CAST(:lot AS VARCHAR)""")
        .param("item", item).param("wh", warehouse).param("loc", location).param("lot", lotNo)
        .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).optional()
        .orElse(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
  }

  long moves(String item) {
    return jdbc.sql("SELECT count(*) FROM t_inv_move m JOIN m_item i ON i.id = m.item_id WHERE i.code = :item")
        .param("item", item).query(Long.class).single();
  }
}
