package io.kelola.factory.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.Receipt;
import io.kelola.inventory.StockLedger;
import io.kelola.support.Http;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Masters with codes unique to the calling test, stock through the ledger, and order bodies. */
final class SalesFixtures {

  private final JdbcClient jdbc;
  private final StockLedger ledger;

  SalesFixtures(JdbcClient jdbc, StockLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  static String code(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  String customer(String creditLimit, int termDays) {
    var code = code("T-CUS");
    jdbc.sql("INSERT INTO m_cust (code, name, credit_lim, term_days) VALUES (:code, :name, :lim, :term)")
        .param("code", code).param("name", "PT " + code).param("lim", new BigDecimal(creditLimit))
        .param("term", termDays).update();
    return code;
  }

  String item(String sellPrice) {
    var code = code("T-SIT");
    jdbc.sql("INSERT INTO m_item (code, name, category, uom, sell_price) VALUES (:code, :name, 'Finished Goods', 'PCS', :p)")
        .param("code", code).param("name", "Barang " + code).param("p", sellPrice == null ? null : new BigDecimal(sellPrice))
        .update();
    return code;
  }

  String warehouse() {
    var code = code("T-SWH");
    jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:code, :code)").param("code", code).update();
    return code;
  }

  void stock(String item, String warehouse, int qty) {
    ledger.receive(new Receipt(item, warehouse, null, BigDecimal.valueOf(qty), null, null, null, null, null, null, null,
        null, "TEST", "SALES-FIXTURE"));
  }

  /** On hand and reserved of an item in a warehouse, summed over its balance rows. */
  BigDecimal[] balance(String item, String warehouse) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(i.qty_on_hand), 0), COALESCE(SUM(i.qty_reserved), 0) FROM t_inv i
            JOIN m_item it ON it.id = i.item_id JOIN m_wh w ON w.id = i.wh_id WHERE it.code = :item AND w.code = :wh""")
        .param("item", item).param("wh", warehouse)
        .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
  }

  long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  static Map<String, Object> line(String item, Object qty) {
    var l = new HashMap<String, Object>();
    l.put("item", item);
    l.put("qty", qty);
    return l;
  }

  static Map<String, Object> order(String customer, String warehouse, List<Map<String, Object>> lines) {
    var o = new HashMap<String, Object>();
    o.put("customer", customer);
    o.put("warehouse", warehouse);
    o.put("lines", new ArrayList<>(lines));
    return o;
  }

  /** Creates an order and answers its number (asserting 201). */
  static String create(Http http, Map<String, Object> body) {
    var res = http.postJson("/api/v1/factory/sales-orders", body);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    return Http.json(res).get("soNo").asString();
  }

  static HttpResponse<String> action(Http http, String no, String action, Object body) {
    return http.postJson("/api/v1/factory/sales-orders/" + no + "/" + action, body == null ? Map.of() : body);
  }

  static HttpResponse<String> doAction(Http http, String no, String action, Object body) {
    return http.postJson("/api/v1/factory/deliveries/" + no + "/" + action, body == null ? Map.of() : body);
  }
}
