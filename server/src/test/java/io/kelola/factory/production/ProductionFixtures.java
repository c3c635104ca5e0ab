package io.kelola.factory.production;

import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Masters with codes unique to the calling test (plain SQL) and stock through the ledger. */
final class ProductionFixtures {

  private final JdbcClient jdbc;
  private final StockLedger ledger;

  ProductionFixtures(JdbcClient jdbc, StockLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  static String code(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  String item(String category, boolean lotTracked) {
    var code = code("P-ITM");
    jdbc.sql("""
            INSERT INTO m_item (code, name, category, uom, is_lot_track) VALUES (:code, :code, :cat, 'PCS', :lot)""")
        .param("code", code).param("cat", category).param("lot", lotTracked).update();
    return code;
  }

  String warehouse() {
    var code = code("P-WH");
    jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:code, :code)").param("code", code).update();
    return code;
  }

  String machine(String capPerHr) {
    var code = code("P-MCH");
    jdbc.sql("INSERT INTO m_machine (code, name, cap_per_hr, run_hours) VALUES (:code, :code, :cap, 100)")
        .param("code", code).param("cap", capPerHr == null ? null : new BigDecimal(capPerHr)).update();
    return code;
  }

  String employee() {
    var code = code("P-EMP");
    jdbc.sql("INSERT INTO m_emp (code, name, dept) VALUES (:code, :code, 'Produksi')").param("code", code).update();
    return code;
  }

  /** Receives a released lot (or plain stock when {@code lotNo} is null). */
  void stock(String item, String warehouse, String lotNo, String qty) {
    ledger.receive(new Receipt(item, warehouse, null, new BigDecimal(qty), null, lotNo, null, null, null, null, null,
        null, "TEST", "TEST-" + item));
    if (lotNo != null) ledger.changeLotStatus(lotUuid(item, lotNo), "RELEASED", "test");
  }

  UUID lotUuid(String item, String lotNo) {
    return jdbc.sql("SELECT l.uuid FROM t_lot l JOIN m_item i ON i.id = l.item_id WHERE i.code = :i AND l.lot_no = :l")
        .param("i", item).param("l", lotNo).query(UUID.class).single();
  }

  BigDecimal onHand(String item, String warehouse) {
    return jdbc.sql("""
            SELECT COALESCE(sum(v.qty_on_hand), 0) FROM t_inv v JOIN m_item i ON i.id = v.item_id
            JOIN m_wh w ON w.id = v.wh_id WHERE i.code = :i AND w.code = :w""")
        .param("i", item).param("w", warehouse).query(BigDecimal.class).single();
  }

  BigDecimal runHours(String machine) {
    return jdbc.sql("SELECT run_hours FROM m_machine WHERE code = :c").param("c", machine).query(BigDecimal.class)
        .single();
  }

  LocalDate lastMaint(String machine) {
    return jdbc.sql("SELECT last_maint_dt FROM m_machine WHERE code = :c").param("c", machine)
        .query(LocalDate.class).optional().orElse(null);
  }
}
