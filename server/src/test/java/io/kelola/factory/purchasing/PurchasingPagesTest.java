package io.kelola.factory.purchasing;

import static io.kelola.factory.purchasing.PurchasingFixtures.approved;
import static io.kelola.factory.purchasing.PurchasingFixtures.line;
import static io.kelola.factory.purchasing.PurchasingFixtures.po;
import static io.kelola.factory.purchasing.PurchasingFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The purchasing pages as a browser uses them: list, form, detail actions, receipt form, exports. */
@IntegrationTest
class PurchasingPagesTest {

  static final String P = "POG";
  static final String VENDOR = P + "-V";
  static final String PLAIN = P + "-P";
  static final String LOT = P + "-L";
  static final String PAGES = "/factory/purchase-orders";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void masters() {
    PurchasingFixtures.masters(port, P);
  }

  private Http browser(String user) {
    return Http.browser(port, user, Http.DEMO_PASSWORD);
  }

  private Http api(String user) {
    return Http.api(port, user, Http.DEMO_PASSWORD);
  }

  /** A form post with repeated fields (the line rows), with the CSRF token of the last page seen. */
  private static HttpResponse<String> post(Http http, String path, List<String[]> fields) {
    var all = new ArrayList<>(fields);
    all.add(new String[] {"_csrf", http.csrfToken()});
    var body = all.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
    return http.send(http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String location(HttpResponse<String> res) {
    return res.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void managerCreatesThroughTheFormAndSubmits() {
    var jane = browser("jane.smith");
    var list = jane.get(PAGES);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"po-table\"").contains("id=\"po-new\"").doesNotContain("id=\"po-export\"");
    var form = jane.get(PAGES + "/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"item\"").contains(VENDOR);

    var more = post(jane, PAGES, List.of(new String[] {"vendor", VENDOR}, new String[] {"warehouse", "WH-A1"},
        new String[] {"item", PLAIN}, new String[] {"qty", "2"}, new String[] {"addLine", "1"}));
    assertThat(more.statusCode()).isEqualTo(200);
    assertThat(more.body().split("name=\"item\"", -1).length - 1).isEqualTo(2);

    var bad = post(jane, PAGES, List.of(new String[] {"vendor", VENDOR}, new String[] {"warehouse", "WH-A1"},
        new String[] {"item", PLAIN}, new String[] {"qty", "2"}, new String[] {"unitPrice", ""},
        new String[] {"item", ""}, new String[] {"qty", ""}, new String[] {"unitPrice", ""},
        new String[] {"item", PLAIN}, new String[] {"qty", "0"}, new String[] {"unitPrice", ""}));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("data-field-error=\"rows[2].qty\"").contains("lebih dari 0");

    var ok = post(jane, PAGES, List.of(new String[] {"vendor", VENDOR}, new String[] {"warehouse", "WH-A1"},
        new String[] {"notes", "Dari halaman"}, new String[] {"item", PLAIN}, new String[] {"qty", "12,5"},
        new String[] {"unitPrice", "1000"}, new String[] {"taxCode", "PPN"},
        new String[] {"item", ""}, new String[] {"qty", ""}, new String[] {"unitPrice", ""}));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    var detailPath = location(ok).replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    var no = detailPath.substring(detailPath.lastIndexOf('/') + 1);
    var detail = jane.get(detailPath + "?done=created");
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains(no).contains("id=\"po-timeline\"").contains("Rp12.500").contains("id=\"po-submit\"");

    var edit = jane.get(detailPath + "/edit");
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("value=\"12.5\"");
    var edited = post(jane, detailPath + "/edit", List.of(new String[] {"vendor", VENDOR}, new String[] {"warehouse", "WH-A1"},
        new String[] {"item", PLAIN}, new String[] {"qty", "20"}, new String[] {"unitPrice", "1000"}));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
    assertThat(jane.get(detailPath).body()).contains("Rp20.000");

    var submit = jane.postForm(detailPath + "/submit", Map.of());
    assertThat(submit.statusCode()).isEqualTo(302);
    var status = jdbc.sql("SELECT status FROM t_po WHERE po_no = :no").param("no", no).query(String.class).single();
    assertThat(status).isEqualTo("Pending");
    var own = jane.get(detailPath);
    assertThat(own.body()).contains("id=\"po-approve\"");
    var refused = jane.postForm(detailPath + "/approve", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("id=\"po-error\"");
    var locked = jane.get(detailPath + "/edit");
    assertThat(locked.statusCode()).as("a submitted PO is not edited").isEqualTo(302);
  }

  @Test
  void approvalsPostHereAndReturnToTheInbox() {
    var no = submitted(api("admin"), po(VENDOR, List.of(line(PLAIN, 3000, null, null))));
    var jane = browser("jane.smith");
    jane.get(PAGES + "/" + no);
    var res = jane.postForm(PAGES + "/" + no + "/approve", Map.of("returnTo", "/factory/approvals"));
    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(location(res)).endsWith("/factory/approvals");
    var waiting = jane.get(PAGES + "/" + no);
    assertThat(waiting.body()).contains("id=\"po-waits-director\"").doesNotContain("id=\"po-approve\"");

    var direktur = browser("direktur");
    direktur.get(PAGES + "/" + no);
    var evil = direktur.postForm(PAGES + "/" + no + "/approve", Map.of("returnTo", "https://evil.example/x"));
    assertThat(evil.statusCode()).isEqualTo(302);
    assertThat(location(evil)).contains(PAGES + "/" + no + "?done=approved");

    var other = submitted(api("admin"), po(VENDOR, List.of(line(PLAIN, 1, null, null))));
    direktur.get(PAGES + "/" + other);
    var noReason = direktur.postForm(PAGES + "/" + other + "/reject", Map.of("reason", ""));
    assertThat(noReason.statusCode()).isEqualTo(400);
    var rejected = direktur.postForm(PAGES + "/" + other + "/reject", Map.of("reason", "Vendor lain lebih murah",
        "returnTo", "/factory/approvals?tab=po"));
    assertThat(rejected.statusCode()).isEqualTo(302);
    assertThat(location(rejected)).endsWith("/factory/approvals?tab=po");

    var xlsx = direktur.get(PAGES + "/export.xlsx?q=" + no);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    assertThat(xlsx.body()).startsWith("PK");
    var pdf = direktur.get(PAGES + "/" + no + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
    var audits = jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 't_po' AND username = 'direktur'")
        .query(Long.class).single();
    assertThat(audits).isGreaterThanOrEqualTo(2);
    assertThat(browser("jane.smith").get(PAGES + "/export.xlsx").statusCode()).isEqualTo(403);
  }

  @Test
  void warehouseReceivesOnTheTabletForm() {
    var no = approved(api("admin"), api("jane.smith"), po(VENDOR, List.of(line(PLAIN, 10, null, null),
        line(LOT, 4, null, null))));
    var gudang = browser("gudang1");
    var list = gudang.get(PAGES + "?q=" + no);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(no);
    var detail = gudang.get(PAGES + "/" + no);
    assertThat(detail.body()).contains("id=\"po-receive\"").doesNotContain("id=\"po-approve\"");
    var form = gudang.get(PAGES + "/" + no + "/receive");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"qty_1\"").contains("name=\"qty_2\"").contains("name=\"lot_2\"")
        .contains("name=\"exp_2\"").doesNotContain("name=\"lot_1\"");

    var missingLot = gudang.postForm(PAGES + "/" + no + "/receive", Map.of("qty_1", "4", "qty_2", "4"));
    assertThat(missingLot.statusCode()).isEqualTo(400);
    assertThat(missingLot.body()).contains("data-field-error=\"lot_2\"").contains("value=\"4\"");
    var ok = gudang.postForm(PAGES + "/" + no + "/receive", Map.of("qty_1", "4", "qty_2", "4", "lot_2", "PG-" + no,
        "exp_2", PurchasingFixtures.today().plusMonths(8).toString(), "vendorDoc", "SJ-77"));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    var after = gudang.get(PAGES + "/" + no + "?done=received");
    assertThat(after.body()).contains("id=\"po-receipts\"").contains("SJ-77").contains("data-status=\"Partially Received\"");
    var over = gudang.postForm(PAGES + "/" + no + "/receive", Map.of("qty_1", "7"));
    assertThat(over.statusCode()).isEqualTo(409);
    assertThat(over.body()).contains("data-field-error=\"qty_1\"");
    assertThat(gudang.get(PAGES + "/new").statusCode()).isEqualTo(403);
  }
}
