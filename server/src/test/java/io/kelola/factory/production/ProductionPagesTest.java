package io.kelola.factory.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Page smoke: the production manager runs a work order through its pages; the operator logs a shift on the tablet page. */
@IntegrationTest
class ProductionPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  @Autowired Clock clock;
  ProductionFixtures f;
  String product;
  String material;
  String wh;
  String machine;
  String employee;

  @BeforeEach
  void setUp() {
    f = new ProductionFixtures(jdbc, ledger);
    product = f.item("Finished Goods", false);
    material = f.item("Raw Material", false);
    wh = f.warehouse();
    machine = f.machine("90");
    employee = f.employee();
    f.stock(material, wh, null, "50");
  }

  @Test
  void managerRunsAWorkOrderThroughThePages() {
    var jane = Http.browser(port, "jane.smith", Http.DEMO_PASSWORD);
    var list = jane.get("/factory/work-orders");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"wo-card\"").contains("data-live-subjects");
    var form = jane.get("/factory/work-orders/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"wo-form\"").contains(product);

    var bad = jane.postForm("/factory/work-orders/new", Map.of("item", product, "machine", machine, "warehouse", wh,
        "startDate", "2026-11-21", "endDate", "2026-11-20", "planQty", "10"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("endDate-error");

    var fields = new HashMap<String, String>(Map.of("item", product, "machine", machine, "warehouse", wh,
        "startDate", "2026-11-21", "endDate", "2026-11-23", "planQty", "20", "mItem0", material, "mWh0", wh,
        "mQty0", "12,5"));
    var created = jane.postForm("/factory/work-orders/new", fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    var location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/factory/work-orders/WO-").endsWith("?done=created");
    var path = location.substring(location.indexOf("/factory/"), location.indexOf('?'));
    var no = path.substring(path.lastIndexOf('/') + 1);

    var detail = jane.get(path + "?done=created");
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("id=\"wo-start\"").contains("id=\"wo-cancel\"").contains("id=\"flash\"");
    assertThat(jane.postForm(path + "/start", Map.of()).statusCode()).isEqualTo(302);
    assertThat(jane.get(path).body()).contains("id=\"wo-issue-form\"").contains("data-sla=\"running\"");
    assertThat(jane.postForm(path + "/issue", Map.of("qty_" + material, "12,5")).statusCode()).isEqualTo(302);
    assertThat(f.onHand(material, wh)).isEqualByComparingTo("37.5");
    var tooMuch = jane.postForm(path + "/issue", Map.of("qty_" + material, "100"));
    assertThat(tooMuch.statusCode()).isEqualTo(409);
    assertThat(tooMuch.body()).contains("id=\"form-error\"");
    assertThat(jane.postForm(path + "/output", Map.of("good", "18", "reject", "1")).statusCode()).isEqualTo(302);
    assertThat(f.onHand(product, wh)).isEqualByComparingTo("18");
    var badQc = jane.postForm(path + "/qc", Map.of("sampleSize", "5", "defectCount", "9", "grade", "A"));
    assertThat(badQc.statusCode()).isEqualTo(400);
    assertThat(jane.postForm(path + "/qc", Map.of("sampleSize", "5", "defectCount", "1", "grade", "B")).statusCode())
        .isEqualTo(302);
    assertThat(jane.postForm(path + "/finish", Map.of()).statusCode()).isEqualTo(302);
    var done = jane.get(path);
    assertThat(done.body()).contains("id=\"wo-status\"").contains("Selesai").contains("id=\"wo-timeline\"")
        .doesNotContain("id=\"wo-finish\"");

    var xlsx = jane.get("/factory/work-orders/export.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    var pdf = jane.get("/factory/work-orders/" + no + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
    var exports = jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_key = :no")
        .param("no", no).query(Long.class).single();
    assertThat(exports).isEqualTo(1);
    assertThat(jane.get("/factory/work-orders/WO-190001-0001").statusCode()).isEqualTo(404);
  }

  @Test
  void managerSeesOeeAndRecordsMaintenance() {
    var jane = Http.browser(port, "jane.smith", Http.DEMO_PASSWORD);
    var list = jane.get("/factory/shift-logs");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"oee-chart\"").contains("id=\"shift-table\"");
    assertThat(jane.get("/factory/shift-logs?from=2026-11-20&to=2026-11-01").statusCode()).isEqualTo(400);
    var page = jane.get("/factory/maintenance");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"maint-form\"").contains(machine);
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    var saved = jane.postForm("/factory/maintenance", Map.of("machine", machine, "date", today.toString(),
        "type", "Corrective", "cost", "1.250.000", "hours", "3,5", "notes", "bearing"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(f.lastMaint(machine)).isEqualTo(today);
    assertThat(jane.get("/factory/maintenance?machine=" + machine).body()).contains("Rp1.250.000");
    var bad = jane.postForm("/factory/maintenance", Map.of("machine", machine, "date", today.plusDays(3).toString(),
        "type", "Corrective", "cost", "1"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("date-error");
  }

  @Test
  void operatorLogsAShiftOnTheTabletPage() {
    var operator = Http.browser(port, "operator1", Http.DEMO_PASSWORD);
    var form = operator.get("/factory/shift-logs/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"machine-" + machine + "\"").contains("inputmode=\"decimal\"")
        .contains("data-machine-button").contains(employee);
    var day = LocalDate.now(clock.withZone(Formats.WIB)).minusDays(2).toString();
    var fields = Map.of("machine", machine, "employee", employee, "date", day, "shift", "2", "plannedMin", "480",
        "outputQty", "600", "rejectQty", "12", "downtimeMin", "45", "errorCode", "SETUP");
    var saved = operator.postForm("/factory/shift-logs/new", fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("saved=");
    var again = operator.postForm("/factory/shift-logs/new", fields);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("id=\"form-error\"").contains(machine);
    var over = new HashMap<>(fields);
    over.put("shift", "3");
    over.put("rejectQty", "601");
    var refused = operator.postForm("/factory/shift-logs/new", over);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("rejectQty-error");

    var list = operator.get("/factory/shift-logs?machine=" + machine + "&from=" + day + "&to=" + day);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"own-only\"").contains("data-shift-log=\"" + machine + "/" + day + "/2\"")
        .doesNotContain("id=\"oee-chart\"");
    assertThat(operator.get("/factory/work-orders").statusCode()).isEqualTo(200);
    assertThat(operator.get("/factory/work-orders/new").statusCode()).isEqualTo(403);
    assertThat(operator.get("/factory/work-orders/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(operator.get("/factory/maintenance").statusCode()).isEqualTo(403);
    var sales = Http.browser(port, "sales1", Http.DEMO_PASSWORD)
        .get("/factory/shift-logs?machine=" + machine + "&from=" + day + "&to=" + day);
    assertThat(sales.statusCode()).isEqualTo(200);
    assertThat(sales.body()).contains("id=\"shift-empty\"").doesNotContain("id=\"shift-new\"");
  }
}
