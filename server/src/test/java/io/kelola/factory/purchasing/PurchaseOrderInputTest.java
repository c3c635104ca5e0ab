package io.kelola.factory.purchasing;

import static io.kelola.factory.purchasing.PurchasingFixtures.approved;
import static io.kelola.factory.purchasing.PurchasingFixtures.create;
import static io.kelola.factory.purchasing.PurchasingFixtures.line;
import static io.kelola.factory.purchasing.PurchasingFixtures.path;
import static io.kelola.factory.purchasing.PurchasingFixtures.po;
import static io.kelola.factory.purchasing.PurchasingFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input on every purchasing endpoint: a 4xx problem naming the field, and nothing written. */
@IntegrationTest
class PurchaseOrderInputTest {

  static final String P = "POI";
  static final String VENDOR = P + "-V";
  static final String PLAIN = P + "-P";
  static final String LOT = P + "-L";
  static final String CREATE = "/api/v1/factory/purchase-orders";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void masters() {
    PurchasingFixtures.masters(port, P);
  }

  private Http as(String user) {
    return Http.api(port, user, Http.DEMO_PASSWORD);
  }

  private long myPos() {
    return jdbc.sql("SELECT count(*) FROM t_po p JOIN m_vendor v ON v.id = p.vendor_id WHERE v.code = :v")
        .param("v", VENDOR).query(Long.class).single();
  }

  private static void problem(HttpResponse<String> res, int status, String field) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    if (field != null) assertThat(Http.json(res).get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    var m = new HashMap<>(body);
    m.put(key, value);
    return m;
  }

  @Test
  void createRefusesBadDocumentsAndWritesNothing() {
    var jane = as("jane.smith");
    var before = myPos();
    var good = po(VENDOR, List.of(line(PLAIN, 1, null, null)));
    problem(jane.sendJson("POST", CREATE, "{\"vendor\": \"" + VENDOR + "\", \"lines\": ["), 400, null);
    problem(jane.sendJson("POST", CREATE, "[]"), 400, null);
    problem(jane.sendJson("POST", CREATE, "{\"vendor\":\"" + VENDOR + "\",\"warehouse\":\"WH-A1\",\"lines\":[{\"item\":\""
        + PLAIN + "\",\"qty\":\"abc\"}]}"), 400, null);
    problem(jane.sendJson("POST", CREATE, "{\"vendor\":\"" + VENDOR + "\",\"warehouse\":\"WH-A1\",\"orderDate\":\"21-11-2026\","
        + "\"lines\":[{\"item\":\"" + PLAIN + "\",\"qty\":1}]}"), 400, null);
    problem(jane.postJson(CREATE, with(good, "vendor", "NO-SUCH-VND")), 400, "vendor");
    problem(jane.postJson(CREATE, with(good, "vendor", null)), 400, "vendor");
    problem(jane.postJson(CREATE, with(good, "warehouse", "NO-SUCH-WH")), 400, "warehouse");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line("NO-SUCH-ITEM", 1, null, null)))), 400, "lines[0].item");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, 1, null, null), line(PLAIN, 0, null, null)))), 400,
        "lines[1].qty");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, -5, null, null)))), 400, "lines[0].qty");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, "1.00001", null, null)))), 400, "lines[0].qty");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, 1, -1, null)))), 400, "lines[0].unitPrice");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, 1, "1.001", null)))), 400, "lines[0].unitPrice");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, 1, null, "VAT99")))), 400, "lines[0].taxCode");
    problem(jane.postJson(CREATE, with(good, "lines", List.of(line(PLAIN, "99999999999999", 99999999, null)))), 400, null);
    problem(jane.postJson(CREATE, with(good, "lines", List.of())), 400, "lines");
    var many = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 201; i++) many.add(line(PLAIN, 1, null, null));
    problem(jane.postJson(CREATE, with(good, "lines", many)), 400, "lines");
    problem(jane.postJson(CREATE, with(good, "expectedDate", PurchasingFixtures.today().minusDays(1).toString())), 400,
        "expectedDate");
    problem(jane.postJson(CREATE, with(good, "notes", "x".repeat(501))), 400, "notes");
    problem(jane.postJson(CREATE, with(good, "notes", "nul\u0000byte")), 400, "notes");
    assertThat(myPos()).isEqualTo(before);
    // exactly 200 lines is fine
    var max = new ArrayList<>(many.subList(0, 200));
    assertThat(jane.postJson(CREATE, with(good, "lines", max)).statusCode()).isEqualTo(201);
  }

  @Test
  void unknownDocumentsAreNotFound() {
    var admin = as("admin");
    for (var key : List.of("PO-209912-9999", "00000000-0000-0000-0000-000000000000", "x".repeat(300))) {
      problem(admin.get(path(key)), 404, null);
      problem(admin.get(path(key) + "/receipts"), 404, null);
      problem(admin.postJson(path(key) + "/submit", Map.of()), 404, null);
      problem(admin.postJson(path(key) + "/approve", Map.of()), 404, null);
      problem(admin.postJson(path(key) + "/cancel", Map.of("reason", "x")), 404, null);
      problem(admin.postJson(path(key) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1)))), 404, null);
    }
    problem(admin.get(CREATE + "?status=Lost"), 400, "status");
  }

  @Test
  void wrongTransitionsAreConflicts() {
    var admin = as("admin");
    var jane = as("jane.smith");
    var draft = create(admin, po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    problem(jane.postJson(path(draft) + "/approve", Map.of()), 409, "status");
    problem(jane.postJson(path(draft) + "/reject", Map.of("reason", "x")), 409, "status");
    problem(as("gudang1").postJson(path(draft) + "/receipts", Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1)))),
        409, "status");
    var pending = submitted(admin, po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    problem(admin.postJson(path(pending) + "/submit", Map.of()), 409, "status");
    problem(admin.sendJson("PUT", path(pending), "{\"vendor\":\"" + VENDOR + "\"}"), 409, "status");
    problem(jane.postJson(path(pending) + "/approve", Map.of("reason", "y".repeat(401))), 400, "reason");
    problem(jane.postJson(path(pending) + "/reject", Map.of("reason", " ")), 400, "reason");
    var status = jdbc.sql("SELECT status FROM t_po WHERE po_no = :no").param("no", pending).query(String.class).single();
    assertThat(status).isEqualTo("Pending");
  }

  @Test
  void receiptRefusesBadLinesAndWritesNothing() {
    var no = approved(as("admin"), as("jane.smith"), po(VENDOR, List.of(line(PLAIN, 10, null, null),
        line(LOT, 5, null, null))));
    var wh = as("gudang1");
    var url = path(no) + "/receipts";
    var exp = PurchasingFixtures.today().plusMonths(3).toString();
    problem(wh.sendJson("POST", url, "{\"lines\": [{\"lineNo\": 1, \"qty\": }]}"), 400, null);
    problem(wh.postJson(url, Map.of("lines", List.of())), 400, "lines");
    problem(wh.postJson(url, Map.of()), 400, "lines");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 9, "qty", 1)))), 400, "lines[0].lineNo");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("qty", 1)))), 400, "lines[0].lineNo");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 0)))), 400, "lines[0].qty");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1), Map.of("lineNo", 1, "qty", 1)))),
        400, "lines[1].lineNo");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 11)))), 409, "lines[0].qty");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1, "lotNo", "L1")))), 400, "lines[0].lotNo");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 2, "qty", 1, "lotNo", "L1",
        "expDate", PurchasingFixtures.today().minusDays(1).toString())))), 400, "lines[0].expDate");
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 2, "qty", 1, "lotNo", "L1",
        "expDate", "+999999-01-01")))), 400, null);
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 2, "qty", 1, "lotNo", "L1",
        "expDate", "2999-01-01")))), 400, "lines[0].expDate");
    problem(wh.postJson(url, Map.of("recvDate", PurchasingFixtures.today().plusDays(2).toString(),
        "lines", List.of(Map.of("lineNo", 1, "qty", 1)))), 400, "recvDate");
    problem(wh.postJson(url, Map.of("vendorDoc", "d".repeat(61), "lines", List.of(Map.of("lineNo", 1, "qty", 1)))),
        400, "vendorDoc");
    // a good first line does not survive a bad second one
    problem(wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 1, "qty", 1),
        Map.of("lineNo", 2, "qty", 1, "lotNo", "L-" + no)))), 400, "lines[1].expDate");
    var received = jdbc.sql("""
            SELECT COALESCE(SUM(d.qty_received), 0) FROM t_po_detail d JOIN t_po p ON p.id = d.po_id WHERE p.po_no = :no""")
        .param("no", no).query(java.math.BigDecimal.class).single();
    assertThat(received).isEqualByComparingTo("0");
    assertThat(PurchasingFixtures.count(jdbc, "SELECT count(*) FROM t_po_receipt r JOIN t_po p ON p.id = r.po_id WHERE p.po_no = :no", no)).isZero();
    assertThat(PurchasingFixtures.count(jdbc, "SELECT count(*) FROM t_ap a JOIN t_po p ON p.id = a.po_id WHERE p.po_no = :no", no)).isZero();
    assertThat(PurchasingFixtures.count(jdbc, "SELECT count(*) FROM t_inv_move WHERE doc_ref = :no", no)).isZero();
    var ok = wh.postJson(url, Map.of("lines", List.of(Map.of("lineNo", 2, "qty", 5, "lotNo", "L-" + no, "expDate", exp))));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
  }
}
