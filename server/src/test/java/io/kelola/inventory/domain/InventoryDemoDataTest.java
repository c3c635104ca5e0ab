package io.kelola.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo stock loader with the demo master codes present (inserted here when the masters loader
 * has not): seed 002 balances including the legacy oversold row, EXT-001 lots, idempotent reruns.
 */
@IntegrationTest
class InventoryDemoDataTest {

  @Autowired InventoryDemoData loader;
  @Autowired ConsistencyCheck consistency;
  @Autowired JdbcClient jdbc;

  @Test
  void loadsSeedBalancesAndLotsOnceAndStaysConsistent() {
    for (var item : new String[] {"ITM-001", "ITM-002", "ITM-003", "ITM-004", "ITM-005"}) {
      jdbc.sql("INSERT INTO m_item (code, name, category, uom) VALUES (:c, :c, 'Finished Goods', 'PCS') ON CONFLICT DO NOTHING")
          .param("c", item).update();
    }
    jdbc.sql("""
        INSERT INTO m_item (code, name, category, uom, is_lot_track, is_exp_track)
        VALUES ('EXT-001', 'Ekstrak', 'Raw Material', 'KG', TRUE, TRUE) ON CONFLICT DO NOTHING""").update();
    for (var wh : new String[] {"WH-A1", "WH-B1", "WH-C1", "WH-CS1"}) {
      jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:c, :c) ON CONFLICT DO NOTHING").param("c", wh).update();
    }
    jdbc.sql("""
        INSERT INTO m_loc (wh_id, code, kind) SELECT id, 'QUAR-01', 'QUARANTINE' FROM m_wh WHERE code = 'WH-CS1'
        ON CONFLICT DO NOTHING""").update();
    jdbc.sql("INSERT INTO m_cust (code, name) VALUES ('CUST-001', 'Pelanggan') ON CONFLICT DO NOTHING").update();

    loader.run(null);
    long moves = count("SELECT count(*) FROM t_inv_move");
    loader.run(null);
    assertThat(count("SELECT count(*) FROM t_inv_move")).isEqualTo(moves);

    // ITM-001 and ITM-005 open without reservations; the demo sales orders reserve and ship them
    assertOpening("ITM-001", "WH-B1", "2500");
    assertBalance("ITM-002", "WH-A1", "850", "0");
    assertBalance("ITM-004", "WH-A1", "150", "50");
    assertOpening("ITM-005", "WH-B1", "1800");
    assertThat(count("""
        SELECT count(*) FROM t_lot l JOIN m_item i ON i.id = l.item_id
        WHERE i.code = 'EXT-001' AND l.lot_no IN ('EXT-L01', 'EXT-L02', 'EXT-L03', 'EXT-R01')""")).isEqualTo(4);
    assertThat(count("""
        SELECT count(*) FROM t_inv_move m JOIN m_cust c ON c.id = m.cust_id
        WHERE c.code = 'CUST-001' AND m.move_type = 'OUT'""")).isGreaterThanOrEqualTo(1);
    assertThat(count("SELECT count(*) FROM t_lot_link k JOIN t_lot l ON l.id = k.out_lot_id WHERE l.lot_no = 'EXT-R01'"))
        .isEqualTo(1);
    var demoItems = java.util.Set.of("ITM-001", "ITM-002", "ITM-003", "ITM-004", "ITM-005", "EXT-001");
    assertThat(consistency.check()).noneMatch(x -> demoItems.contains(x.item()));
  }

  private void assertOpening(String item, String wh, String qty) {
    assertThat(jdbc.sql("""
            SELECT sum(m.qty) FROM t_inv_move m JOIN m_item i ON i.id = m.item_id JOIN m_wh w ON w.id = m.wh_to
            WHERE i.code = :i AND w.code = :w AND m.reason = 'OPENING'""")
        .param("i", item).param("w", wh).query(BigDecimal.class).single()).isEqualByComparingTo(qty);
  }

  private void assertBalance(String item, String wh, String onHand, String reserved) {
    var row = jdbc.sql("""
            SELECT sum(b.qty_on_hand), sum(b.qty_reserved) FROM t_inv b JOIN m_item i ON i.id = b.item_id
            JOIN m_wh w ON w.id = b.wh_id WHERE i.code = :i AND w.code = :w AND b.loc_id IS NULL""")
        .param("i", item).param("w", wh)
        .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
    assertThat(row[0]).isEqualByComparingTo(onHand);
    assertThat(row[1]).isEqualByComparingTo(reserved);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
