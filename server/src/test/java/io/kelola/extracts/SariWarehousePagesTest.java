package io.kelola.extracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The slot board, dispatch, dashboard and QC spec pages over real HTTP: who may open them, what a
 * refused submit answers (4xx, message next to the field, nothing written) and what a good one does.
 */
@IntegrationTest
class SariWarehousePagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  SariWarehouseFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new SariWarehouseFixtures(port, jdbc);
  }

  @Test
  void eachPageOpensOnlyForItsPermission() {
    var paths = new String[] {"/sari/slots", "/sari/dispatches", "/sari/dashboard", "/sari/specs"};
    var allowed = Map.of(
        "sari.operator", new boolean[] {false, false, false, false},
        "sari.gudang", new boolean[] {true, true, false, false},
        "qc.supervisor", new boolean[] {false, false, false, true},
        "sari.manager", new boolean[] {false, false, true, true},
        "sari.admin", new boolean[] {true, true, true, true});
    for (var e : allowed.entrySet()) {
      var http = Http.browser(port, e.getKey(), Http.DEMO_PASSWORD);
      for (int i = 0; i < paths.length; i++) {
        assertThat(http.get(paths[i]).statusCode()).as(e.getKey() + " " + paths[i]).isEqualTo(e.getValue()[i] ? 200 : 403);
      }
    }
    assertThat(Http.anonymous(port).get("/sari/slots").statusCode()).isEqualTo(302);
    var denied = Http.browser(port, "sari.operator", Http.DEMO_PASSWORD);
    denied.get("/");
    assertThat(denied.postForm("/sari/slots/LOT-X", Map.of("location", "CS-A-01")).statusCode()).isEqualTo(403);
  }

  @Test
  void aSlotOutsideTheMaterialsTemperatureIsRefusedWithItsMessageAndAFittingOneIsTaken() {
    fx.plainSpec();
    var lot = fx.releasedLot("5");
    var warm = fx.slot("15", "25", "1000");
    var cold = fx.slot("2", "8", "1000");
    var http = Http.browser(port, "sari.gudang", Http.DEMO_PASSWORD);
    var board = http.get("/sari/slots");
    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(board.body()).contains("id=\"assign-" + lot + "\"").contains("data-suggestion=\"" + cold + "\"")
        .contains("data-draft=\"sari-slot-" + lot + "\"");

    var refused = http.postForm("/sari/slots/" + lot, Map.of("location", warm));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("data-field-error=\"location\"").contains("Slot " + warm + " (15…25 °C)");
    assertThat(fx.stage(lot)).isEqualTo("RELEASED");

    var unknown = http.postForm("/sari/slots/" + lot, Map.of("location", "NOPE-" + SariWarehouseFixtures.suffix()));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(http.postForm("/sari/slots/LOT-NOPE", Map.of("location", cold)).statusCode()).isEqualTo(404);

    var done = http.postForm("/sari/slots/" + lot, Map.of("location", cold));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/sari/slots?assigned=" + lot);
    assertThat(fx.stage(lot)).isEqualTo("READY");
    var after = http.get("/sari/slots?assigned=" + lot);
    assertThat(after.body()).contains("id=\"flash\"").doesNotContain("id=\"assign-" + lot + "\"")
        .contains("data-resource-id=\"" + lot + "\"");
    // the live refresh asks for the board only
    var part = http.send(http.request("/sari/slots").header("HX-Request", "true").GET().build());
    assertThat(part.body()).startsWith("<div id=\"slot-board\"").doesNotContain("<html");
  }

  @Test
  void aDispatchIsCreatedMovedAndItsExcursionFlaggedBadInputIsRefusedOnItsField() {
    fx.plainSpec();
    var lot = fx.readyLot("10");
    var http = Http.browser(port, "sari.gudang", Http.DEMO_PASSWORD);
    assertThat(http.get("/sari/dispatches").body()).contains("value=\"" + lot + "\"");

    var form = new HashMap<>(Map.of("lot", lot, "destination", "CUSTOMER", "customer", "", "qty", "banyak",
        "tempC", "4", "note", ""));
    var badQty = http.postForm("/sari/dispatches", form);
    assertThat(badQty.statusCode()).isEqualTo(400);
    assertThat(badQty.body()).contains("data-field-error=\"qty\"").contains("value=\"banyak\"");
    http.get("/sari/dispatches");
    form.put("qty", "4,5");
    var noCustomer = http.postForm("/sari/dispatches", form);
    assertThat(noCustomer.statusCode()).isEqualTo(400);
    assertThat(noCustomer.body()).contains("data-field-error=\"customer\"");
    http.get("/sari/dispatches");
    form.put("qty", "11");
    form.put("destination", "PRODUCTION");
    var tooMuch = http.postForm("/sari/dispatches", form);
    assertThat(tooMuch.statusCode()).isEqualTo(409);
    assertThat(tooMuch.body()).contains("data-field-error=\"qty\"");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM t_dispatch d JOIN t_sari_lot l ON l.id = d.lot_id WHERE l.lot_code = :c")
        .param("c", lot).query(Integer.class).single()).isZero();

    http.get("/sari/dispatches");
    form.put("qty", "4,5");
    form.put("destination", "CUSTOMER");
    form.put("customer", "CUST-001");
    var created = http.postForm("/sari/dispatches", form);
    assertThat(created.statusCode()).isEqualTo(302);
    var location = created.headers().firstValue("Location").orElseThrow();
    var no = location.substring(location.indexOf("no=") + 3);
    var page = http.get("/sari/dispatches?done=created&no=" + no);
    assertThat(page.body()).contains("id=\"flash\"").contains("data-dispatch=\"" + no + "\"")
        .contains("href=\"/api/v1/sari/dispatches/" + no + "/coa.pdf\"");

    var badTemp = http.postForm("/sari/dispatches/" + no + "/status", Map.of("status", "IN_TRANSIT", "tempC", "99"));
    assertThat(badTemp.statusCode()).isEqualTo(400);
    assertThat(badTemp.body()).contains("data-field-error=\"tempC\"").contains("value=\"99\"");
    http.get("/sari/dispatches");
    var wrongStep = http.postForm("/sari/dispatches/" + no + "/status", Map.of("status", "DELIVERED", "tempC", ""));
    assertThat(wrongStep.statusCode()).isEqualTo(409);
    assertThat(wrongStep.body()).contains("data-field-error=\"status\"");
    http.get("/sari/dispatches");
    assertThat(http.postForm("/sari/dispatches/" + no + "/status", Map.of("status", "IN_TRANSIT", "tempC", "12,5"))
        .statusCode()).isEqualTo(302);
    http.get("/sari/dispatches");
    assertThat(http.postForm("/sari/dispatches/" + no + "/temperatures", Map.of("tempC", "", "note", "x")).statusCode())
        .isEqualTo(400);
    http.get("/sari/dispatches");
    assertThat(http.postForm("/sari/dispatches/" + no + "/temperatures", Map.of("tempC", "5", "note", "gerbang"))
        .statusCode()).isEqualTo(302);
    http.get("/sari/dispatches");
    assertThat(http.postForm("/sari/dispatches/D-NOPE/temperatures", Map.of("tempC", "5")).statusCode()).isEqualTo(404);

    var list = http.get("/sari/dispatches").body();
    var row = list.substring(list.indexOf("data-dispatch=\"" + no + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).contains("data-status=\"IN_TRANSIT\"").contains("data-excursion=\"true\"")
        .contains("data-reading=\"out\"").contains("data-reading=\"ok\"").contains("12,5 °C").contains("gerbang");
  }

  @Test
  void theDashboardShowsStagesInFlowOrderZonesAndTodaysIntake() {
    fx.plainSpec();
    fx.intake("3");
    var http = Http.browser(port, "sari.manager", Http.DEMO_PASSWORD);
    var body = http.get("/sari/dashboard").body();
    var order = java.util.List.of("QC_AI", "QC_REVIEW", "RELEASED", "READY", "DISPATCHED", "REJECTED");
    int last = -1;
    for (var stage : order) {
      int at = body.indexOf("<li class=\"col-6 col-md-4 col-xl-2\" data-stage=\"" + stage + "\"");
      assertThat(at).as(stage).isGreaterThan(last);
      last = at;
    }
    assertThat(body).contains("id=\"intake-chart\"").contains("data-zone=\"A\"").contains("id=\"ageing-table\"");
    var today = java.time.LocalDate.now(io.kelola.shared.web.Formats.WIB).toString();
    var bar = body.substring(body.indexOf("data-day=\"" + today + "\""));
    var lots = Integer.parseInt(bar.substring(bar.indexOf("data-lots=\"") + 11, bar.indexOf("\"", bar.indexOf("data-lots=\"") + 11)));
    assertThat(lots).isPositive();
    var part = http.send(http.request("/sari/dashboard").header("HX-Request", "true").GET().build());
    assertThat(part.body().stripLeading()).startsWith("<div id=\"dashboard-body\"").doesNotContain("<html");
  }

  @Test
  void aSpecVersionIsPublishedFromTheFormAndBadNumbersStayOnTheirFields() {
    var http = Http.browser(port, "qc.supervisor", Http.DEMO_PASSWORD);
    assertThat(http.get("/sari/specs").body()).contains("id=\"spec-form\"").contains("value=\"EXT-002\"");
    var form = new HashMap<String, String>(SariWarehouseFixtures.map("item", "EXT-002", "market", "EXPORT", "refL", "abc", "refA", "12,5", "refB", "40",
        "deMax", "3", "hazeMax", "20", "particleMax", "5", "minConfidence", "0,8", "checks", "Aroma khas\n\nTidak ada endapan",
        "method", ""));
    var badNumber = http.postForm("/sari/specs", form);
    assertThat(badNumber.statusCode()).isEqualTo(400);
    assertThat(badNumber.body()).contains("data-field-error=\"refL\"").contains("value=\"abc\"");

    http.get("/sari/specs");
    form.put("refL", "120");
    var outOfRange = http.postForm("/sari/specs", form);
    assertThat(outOfRange.statusCode()).isEqualTo(400);
    assertThat(outOfRange.body()).contains("data-field-error=\"refL\"");

    int before = jdbc.sql("SELECT COUNT(*) FROM t_qc_spec s JOIN m_item i ON i.id = s.item_id WHERE i.code = 'EXT-002' AND s.market = 'EXPORT'")
        .query(Integer.class).single();
    // lab limit rows are posted as parallel lists; the one with min > max is refused on the lab limits
    var body = "refL=60&" + enc(form, "refL") + "&limitCode=moist&limitName=Kadar+air&limitUnit=%25&limitMin=&limitMax=12,5&limitMethod=Oven"
        + "&limitCode=BRIX&limitName=Brix&limitUnit=&limitMin=9&limitMax=3&limitMethod=";
    http.get("/sari/specs");
    var badLimit = post(http, body);
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(badLimit.body()).contains("data-field-error=\"labLimits\"").contains("value=\"Kadar air\"");

    http.get("/sari/specs");
    var published = post(http, body.replace("limitMin=9&limitMax=3", "limitMin=3&limitMax=9"));
    assertThat(published.statusCode()).isEqualTo(302);
    var page = http.get(published.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    assertThat(page.body()).contains("id=\"flash\"");
    var section = page.body().substring(page.body().indexOf("id=\"spec-EXT-002-EXPORT\""));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(section).contains("data-version=\"" + (before + 1) + "\" data-active=\"true\"")
        .contains("MOIST · Kadar air: ≤ 12,5 %").contains("BRIX · Brix: 3–9").contains("Aroma khas")
        .contains("Tidak ada endapan");
    // earlier versions stay listed, greyed out and without the active mark
    if (before > 0) assertThat(section).contains("<tr data-version=\"" + before + "\" class=\"text-secondary\">");
  }

  private static String enc(Map<String, String> form, String skip) {
    var sb = new StringBuilder();
    for (var e : form.entrySet()) {
      if (e.getKey().equals(skip)) continue;
      if (!sb.isEmpty()) sb.append('&');
      sb.append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static java.net.http.HttpResponse<String> post(Http http, String body) {
    return http.send(http.request("/sari/specs").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + http.csrfToken())).build());
  }
}
