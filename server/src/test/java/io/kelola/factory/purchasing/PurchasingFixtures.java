package io.kelola.factory.purchasing;

import io.kelola.support.Http;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Masters and documents for purchasing tests; each test class passes its own code prefix. */
final class PurchasingFixtures {

  static final String WAREHOUSE = "WH-A1";
  static final int TERM_DAYS = 45;

  private PurchasingFixtures() {}

  /** A vendor {@code PFX-V} (45 days terms), a plain item {@code PFX-P} (std cost 10.000) and a lot/expiry item {@code PFX-L}. */
  static void masters(int port, String prefix) {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    master(admin, "vendors", Map.of("code", prefix + "-V", "name", "Vendor uji " + prefix, "termDays", TERM_DAYS));
    master(admin, "items", Map.of("code", prefix + "-P", "name", "Barang uji " + prefix, "category", "Component",
        "uom", "PCS", "stdCost", 10000));
    master(admin, "items", Map.of("code", prefix + "-L", "name", "Bahan lot uji " + prefix, "category",
        "Raw Material", "uom", "KG", "stdCost", 25000, "lotTracked", true, "expiryTracked", true));
  }

  private static void master(Http admin, String kind, Map<String, Object> body) {
    if (admin.get("/api/v1/master/" + kind + "/" + body.get("code")).statusCode() == 200) return;
    var res = admin.postJson("/api/v1/master/" + kind, body);
    if (res.statusCode() != 201) throw new AssertionError(kind + ": " + res.body());
  }

  static Map<String, Object> line(String item, Object qty, Object price, String taxCode) {
    var m = new LinkedHashMap<String, Object>();
    m.put("item", item);
    m.put("qty", qty);
    if (price != null) m.put("unitPrice", price);
    if (taxCode != null) m.put("taxCode", taxCode);
    return m;
  }

  static Map<String, Object> po(String vendor, List<Map<String, Object>> lines) {
    var m = new LinkedHashMap<String, Object>();
    m.put("vendor", vendor);
    m.put("warehouse", WAREHOUSE);
    m.put("expectedDate", today().plusDays(7).toString());
    m.put("notes", "Uji pembelian");
    m.put("lines", lines);
    return m;
  }

  /** Creates the PO as {@code creator}; returns its number. */
  static String create(Http creator, Map<String, Object> body) {
    var res = creator.postJson("/api/v1/factory/purchase-orders", body);
    if (res.statusCode() != 201) throw new AssertionError("create: " + res.body());
    return Http.json(res).get("po").get("poNo").asString();
  }

  static String submitted(Http creator, Map<String, Object> body) {
    var no = create(creator, body);
    var res = creator.postJson(path(no) + "/submit", Map.of());
    if (res.statusCode() != 200) throw new AssertionError("submit: " + res.body());
    return no;
  }

  static String approved(Http creator, Http approver, Map<String, Object> body) {
    var no = submitted(creator, body);
    var res = approver.postJson(path(no) + "/approve", Map.of());
    if (res.statusCode() != 200) throw new AssertionError("approve: " + res.body());
    return no;
  }

  static String path(String no) {
    return "/api/v1/factory/purchase-orders/" + no;
  }

  static JsonNode detail(Http http, String no) {
    return Http.json(http.get(path(no)));
  }

  static LocalDate today() {
    return LocalDate.now(io.kelola.shared.web.Formats.WIB);
  }

  static BigDecimal onHand(JdbcClient jdbc, String item) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(b.qty_on_hand), 0) FROM t_inv b JOIN m_item i ON i.id = b.item_id
            JOIN m_wh w ON w.id = b.wh_id WHERE i.code = :item AND w.code = :wh""")
        .param("item", item).param("wh", WAREHOUSE).query(BigDecimal.class).single();
  }

  static long count(JdbcClient jdbc, String sql, String no) {
    return jdbc.sql(sql).param("no", no).query(Long.class).single();
  }
}
