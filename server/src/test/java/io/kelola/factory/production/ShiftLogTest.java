package io.kelola.factory.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.inventory.StockLedger;
import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Shift logs: the one-per-shift rule, input limits, the OEE rollup, run hours and who sees which log. */
@IntegrationTest
class ShiftLogTest {

  static final String API = "/api/v1/factory/shift-logs";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  @Autowired Clock clock;
  ProductionFixtures f;
  Http jane;
  String machine;
  String employee;
  LocalDate day;

  @BeforeEach
  void setUp() {
    f = new ProductionFixtures(jdbc, ledger);
    jane = Http.api(port, "jane.smith", Http.DEMO_PASSWORD);
    machine = f.machine("120");
    employee = f.employee();
    day = LocalDate.now(clock.withZone(Formats.WIB)).minusDays(1);
  }

  Map<String, Object> log(String shift, int planned, String downtime, String output, String reject) {
    var m = new HashMap<String, Object>();
    m.put("machine", machine);
    m.put("employee", employee);
    m.put("date", day.toString());
    m.put("shift", shift);
    m.put("plannedMin", planned);
    m.put("downtimeMin", new BigDecimal(downtime));
    m.put("outputQty", new BigDecimal(output));
    m.put("rejectQty", new BigDecimal(reject));
    return m;
  }

  @Test
  void rollupRunHoursAndOeeMatchHandComputedFigures() {
    var first = log("1", 480, "30", "800", "40");
    first.put("errorCode", "mech");
    var created = jane.postJson(API, first);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.json(created).get("errorCode").asString()).isEqualTo("MECH");
    assertThat(jane.postJson(API, log("2", 480, "0", "900", "10")).statusCode()).isEqualTo(201);

    var row = jdbc.sql("""
            SELECT r.planned_min, r.downtime_min, r.output_qty, r.reject_qty, r.ideal_qty FROM rpt_oee_day r
            JOIN m_machine m ON m.id = r.machine_id WHERE m.code = :m AND r.day = :d""")
        .param("m", machine).param("d", day)
        .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
            rs.getBigDecimal(4), rs.getBigDecimal(5)}).single();
    // ideal = 120/h × 450 min + 120/h × 480 min = 900 + 960
    assertThat(row[0]).isEqualByComparingTo("960");
    assertThat(row[1]).isEqualByComparingTo("30");
    assertThat(row[2]).isEqualByComparingTo("1700");
    assertThat(row[3]).isEqualByComparingTo("50");
    assertThat(row[4]).isEqualByComparingTo("1860");
    assertThat(f.runHours(machine)).isEqualByComparingTo("115.5");

    var oee = Http.json(jane.get(API + "/oee?from=" + day + "&to=" + day));
    JsonNode mine = null;
    for (var n : oee) if (n.get("machine").asString().equals(machine)) mine = n;
    assertThat(mine).isNotNull();
    // A = 930/960, P = 1700/1860, Q = 1650/1700, each to four decimals; OEE = A × P × Q
    assertThat(mine.get("availability").decimalValue()).isEqualByComparingTo("0.9688");
    assertThat(mine.get("performance").decimalValue()).isEqualByComparingTo("0.9140");
    assertThat(mine.get("quality").decimalValue()).isEqualByComparingTo("0.9706");
    assertThat(mine.get("oee").decimalValue()).isEqualByComparingTo("0.8594");
  }

  @Test
  void duplicateShiftIsAConflictAndChangesNothing() {
    assertThat(jane.postJson(API, log("3", 480, "0", "100", "0")).statusCode()).isEqualTo(201);
    var again = jane.postJson(API, log("3", 480, "0", "50", "0"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Http.json(again).get("detail").asString()).contains(machine);
    assertThat(f.runHours(machine)).isEqualByComparingTo("108");
  }

  @Test
  void badInputIsRefusedOnItsField() {
    assertField(log("1", 480, "0", "10", "11"), "rejectQty");
    assertField(log("1", 480, "481", "10", "0"), "downtimeMin");
    assertField(log("1", 0, "0", "10", "0"), "plannedMin");
    assertField(log("4", 480, "0", "10", "0"), "shift");
    assertField(log("1", 480, "0", "-1", "0"), "outputQty");
    var future = log("1", 480, "0", "10", "0");
    future.put("date", day.plusDays(2).toString());
    assertField(future, "date");
    var badMachine = log("1", 480, "0", "10", "0");
    badMachine.put("machine", "NOPE-" + machine);
    assertField(badMachine, "machine");
    var badCode = log("1", 480, "0", "10", "0");
    badCode.put("errorCode", "XYZ");
    assertField(badCode, "errorCode");
    var badWo = log("1", 480, "0", "10", "0");
    badWo.put("woNo", "WO-190001-9999");
    assertField(badWo, "woNo");
    assertThat(jane.sendJson("POST", API, "{\"machine\": ").statusCode()).isEqualTo(400);
    assertThat(jane.sendJson("POST", API, "{\"outputQty\": \"lots\"}").statusCode()).isEqualTo(400);
    assertThat(jane.get(API + "?from=2026-13-01").statusCode()).isEqualTo(400);
    assertThat(jane.get(API + "/oee?from=2026-11-20&to=2026-11-01").statusCode()).isEqualTo(400);
    assertThat(f.runHours(machine)).isEqualByComparingTo("100");
  }

  void assertField(Map<String, Object> body, String field) {
    var res = jane.postJson(API, body);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
    assertThat(res.body()).contains("\"" + field + "\"");
  }

  @Test
  void operatorSeesOnlyOwnLogsManagerSeesAll() {
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.postJson(API, log("1", 480, "10", "300", "5")).statusCode()).isEqualTo(201);
    assertThat(jane.postJson(API, log("2", 480, "10", "300", "5")).statusCode()).isEqualTo(201);
    var own = Http.json(operator.get(API + "?machine=" + machine + "&from=" + day + "&to=" + day));
    assertThat(own.get("total").asInt()).isEqualTo(1);
    assertThat(own.get("items").get(0).get("shift").asString()).isEqualTo("1");
    var all = Http.json(jane.get(API + "?machine=" + machine + "&from=" + day + "&to=" + day));
    assertThat(all.get("total").asInt()).isEqualTo(2);
    assertThat(operator.get(API + "/oee").statusCode()).isEqualTo(403);
    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(Http.json(auditor.get(API + "?machine=" + machine + "&from=" + day + "&to=" + day)).get("total").asInt())
        .isEqualTo(2);
    assertThat(auditor.postJson(API, log("3", 480, "0", "1", "0")).statusCode()).isEqualTo(403);
    // without SHIFT.READ one sees only one's own logs: none for a salesperson
    var sales = Http.api(port, "sales1", Http.DEMO_PASSWORD).get(API + "?machine=" + machine + "&from=" + day + "&to=" + day);
    assertThat(sales.statusCode()).isEqualTo(200);
    assertThat(Http.json(sales).get("total").asInt()).isZero();
  }
}
