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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maintenance records move the machine's last maintenance date; totals per machine; bad input. */
@IntegrationTest
class MaintenanceTest {

  static final String API = "/api/v1/factory/maintenance";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLedger ledger;
  @Autowired Clock clock;

  Map<String, Object> record(String machine, LocalDate date, String type, Object cost) {
    var m = new HashMap<String, Object>();
    m.put("machine", machine);
    m.put("date", date.toString());
    m.put("type", type);
    m.put("cost", cost);
    m.put("hours", 2.5);
    m.put("notes", "ganti oli");
    return m;
  }

  @Test
  void recordsUpdateLastMaintenanceAndTotals() {
    var f = new ProductionFixtures(jdbc, ledger);
    var machine = f.machine("50");
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    var jane = Http.api(port, "jane.smith", Http.DEMO_PASSWORD);
    var res = jane.postJson(API, record(machine, today.minusDays(3), "Preventive", 1_500_000));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    assertThat(Http.json(res).get("type").asString()).isEqualTo("Preventive");
    assertThat(f.lastMaint(machine)).isEqualTo(today.minusDays(3));
    assertThat(jane.postJson(API, record(machine, today.minusDays(10), "corrective", 250_000)).statusCode()).isEqualTo(201);
    // an older record leaves the latest date in place
    assertThat(f.lastMaint(machine)).isEqualTo(today.minusDays(3));
    var summary = Http.json(jane.get(API + "/machines"));
    var found = false;
    for (var n : summary) {
      if (!n.get("machine").asString().equals(machine)) continue;
      found = true;
      assertThat(n.get("totalCost").decimalValue()).isEqualByComparingTo("1750000");
      assertThat(n.get("records").asInt()).isEqualTo(2);
      assertThat(n.get("runHours").decimalValue()).isEqualByComparingTo("100");
      assertThat(n.get("lastMaintDate").asString()).isEqualTo(today.minusDays(3).toString());
    }
    assertThat(found).isTrue();
    assertThat(Http.json(jane.get(API + "?machine=" + machine)).size()).isEqualTo(2);

    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get(API + "?machine=" + machine).statusCode()).isEqualTo(200);
    assertThat(auditor.postJson(API, record(machine, today, "Preventive", 1)).statusCode()).isEqualTo(403);
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).get(API).statusCode()).isEqualTo(403);

    assertThat(jane.postJson(API, record(machine, today.plusDays(1), "Preventive", 1)).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(API, record(machine, today, "Sometimes", 1)).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(API, record(machine, today, "Preventive", -5)).statusCode()).isEqualTo(400);
    assertThat(jane.postJson(API, record("NOPE-" + machine, today, "Preventive", 1)).statusCode()).isEqualTo(400);
    assertThat(jane.sendJson("POST", API, "[1,2]").statusCode()).isEqualTo(400);
    assertThat(f.lastMaint(machine)).isEqualTo(today.minusDays(3));
    assertThat(Http.json(jane.get(API + "?machine=" + machine)).size()).isEqualTo(2);
  }
}
