package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Lots, a lot's page, and its trace backward and forward (three levels, customers, cycles) for recalls. */
@IntegrationTest
class LotTraceTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  /** Lot genealogy around a middle lot M: R00 → R0 → R1 → M ← R2; M → F1 → F2 → F3; shipments of M, F2, F3. */
  record Genealogy(InventoryFixtures fx, Map<String, InventoryFixtures.Lot> lots) {
    InventoryFixtures.Lot lot(String name) { return lots.get(name); }
  }

  private Genealogy genealogy() {
    var fx = new InventoryFixtures(jdbc);
    var raw = fx.item("RAW", "Raw Material", "kg", "0");
    var fg = fx.item("FG", "Finished Goods", "pcs", "0");
    var wh = fx.warehouse("WH");
    var lots = new HashMap<String, InventoryFixtures.Lot>();
    for (var n : new String[] {"R00", "R0", "R1", "R2"}) lots.put(n, fx.lot(raw, n, "RELEASED", null));
    lots.put("M", fx.lot(fg, "M", "ON_HOLD", null));
    for (var n : new String[] {"F1", "F2", "F3", "X"}) lots.put(n, fx.lot(fg, n, "RELEASED", null));
    fx.link(lots.get("R00"), lots.get("R0"), "40");
    fx.link(lots.get("R0"), lots.get("R1"), "35");
    fx.link(lots.get("R1"), lots.get("M"), "12.5");
    fx.link(lots.get("R2"), lots.get("M"), "7");
    fx.link(lots.get("M"), lots.get("F1"), "100");
    fx.link(lots.get("F1"), lots.get("F2"), "60");
    fx.link(lots.get("F2"), lots.get("F3"), "20");
    var c1 = fx.customer("C1");
    var c2 = fx.customer("C2");
    var c3 = fx.customer("C3");
    var fg2 = fx.item("FG2", "Finished Goods", "pcs", "0");
    fx.balance(fg, wh, null, lots.get("M"), "8", "0");
    fx.move("OUT", fg, lots.get("M"), wh, null, "2", "SALE", fx.prefix + "-DO1", c1, Instant.parse("2026-04-01T02:00:00Z"));
    fx.move("OUT", fg, lots.get("F2"), wh, null, "10", "SALE", fx.prefix + "-DO2", c1, Instant.parse("2026-04-02T02:00:00Z"));
    fx.move("OUT", fg, lots.get("F3"), wh, null, "5", "SALE", fx.prefix + "-DO3", c2, Instant.parse("2026-04-03T02:00:00Z"));
    fx.move("OUT", fg, lots.get("X"), wh, null, "9", "SALE", fx.prefix + "-DO4", c3, Instant.parse("2026-04-03T02:00:00Z"));
    fx.move("IN", fg2, null, null, wh, "1", "RECEIPT", null, null, Instant.parse("2026-04-03T02:00:00Z"));
    return new Genealogy(fx, lots);
  }

  private static Map<String, Integer> levels(JsonNode trace) {
    var out = new HashMap<String, Integer>();
    trace.get("nodes").forEach(n -> out.put(n.get("label").asString(), n.get("level").asInt()));
    return out;
  }

  @Test
  void backwardFindsEveryInputLotThreeLevelsDeep() {
    var g = genealogy();
    var p = g.fx().prefix + "-";
    var trace = Http.json(Http.api(port, "mekanik1", Http.DEMO_PASSWORD)
        .get("/api/v1/inventory/lots/" + g.lot("M").uuid() + "/trace?direction=backward"));
    assertThat(levels(trace)).isEqualTo(Map.of(p + "M", 0, p + "R1", -1, p + "R2", -1, p + "R0", -2, p + "R00", -3));
    assertThat(trace.get("edges")).hasSize(4);
    assertThat(trace.get("shipments")).isEmpty();
  }

  @Test
  void forwardFindsOutputsAndEveryCustomerShipment() {
    var g = genealogy();
    var p = g.fx().prefix + "-";
    var trace = Http.json(Http.api(port, "mekanik1", Http.DEMO_PASSWORD)
        .get("/api/v1/inventory/lots/" + g.lot("M").uuid() + "/trace?direction=forward"));
    var levels = levels(trace);
    assertThat(levels).containsEntry(p + "M", 0).containsEntry(p + "F1", 1).containsEntry(p + "F2", 2)
        .containsEntry(p + "F3", 3).doesNotContainKeys(p + "R1", p + "X");
    var shipments = new HashMap<String, String>();
    trace.get("shipments").forEach(s -> shipments.put(s.get("docRef").asString(), s.get("custCode").asString()));
    assertThat(shipments).isEqualTo(Map.of(p + "DO1", p + "C1", p + "DO2", p + "C1", p + "DO3", p + "C2"));
    var customers = new HashMap<String, String>();
    trace.get("nodes").forEach(n -> {
      if (n.get("kind").asString().equals("CUSTOMER")) customers.put(n.get("id").asString(), n.get("level").asString());
    });
    assertThat(customers).isEqualTo(Map.of("customer:" + p + "C1", "4", "customer:" + p + "C2", "4"));
    // lot links plus one arrow per shipped lot × customer
    assertThat(trace.get("edges")).hasSize(3 + 3);
  }

  @Test
  void aCycleInTheGenealogyEndsTheWalk() {
    var fx = new InventoryFixtures(jdbc);
    var item = fx.item("LOOP", "WIP", "kg", "0");
    var a = fx.lot(item, "A", "RELEASED", null);
    var b = fx.lot(item, "B", "RELEASED", null);
    var c = fx.lot(item, "C", "RELEASED", null);
    fx.link(a, b, "1");
    fx.link(b, c, "1");
    fx.link(c, a, "1");
    var res = Http.api(port, "gudang1", Http.DEMO_PASSWORD).get("/api/v1/inventory/lots/" + a.uuid() + "/trace");
    assertThat(res.statusCode()).isEqualTo(200);
    var levels = levels(Http.json(res));
    assertThat(levels).hasSize(3).containsEntry(a.lotNo(), 0);
  }

  @Test
  void theWalkStopsTwentyLinksDeep() {
    var fx = new InventoryFixtures(jdbc);
    var item = fx.item("CHAIN", "WIP", "kg", "0");
    var chain = new java.util.ArrayList<InventoryFixtures.Lot>();
    for (int i = 0; i < 25; i++) {
      chain.add(fx.lot(item, "C" + i, "RELEASED", null));
      if (i > 0) fx.link(chain.get(i - 1), chain.get(i), "1");
    }
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var backward = levels(Http.json(api.get("/api/v1/inventory/lots/" + chain.get(24).uuid() + "/trace?direction=backward")));
    assertThat(backward).hasSize(21).containsEntry(chain.get(4).lotNo(), -20).doesNotContainKey(chain.get(3).lotNo());
    var forward = levels(Http.json(api.get("/api/v1/inventory/lots/" + chain.get(0).uuid() + "/trace?direction=forward")));
    assertThat(forward).hasSize(21).containsEntry(chain.get(20).lotNo(), 20).doesNotContainKey(chain.get(21).lotNo());
  }

  @Test
  void lotPageDrawsTheTraceAndListsFacts() {
    var g = genealogy();
    var p = g.fx().prefix + "-";
    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/lots/" + g.lot("M").uuid());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<svg", "id=\"trace-graph\"", "viewBox=", "<title id=\"trace-graph-title\">",
        "href=\"/inventory/lots/" + g.lot("R00").uuid() + "\"", "data-node=\"" + p + "F3\"", "data-node=\"Pelanggan " + p + "C2\"",
        "12,5 kg", "data-lot-status=\"ON_HOLD\"", "Ditahan", p + "DO2");
    var api = Http.json(Http.api(port, "gudang1", Http.DEMO_PASSWORD).get("/api/v1/inventory/lots/" + g.lot("M").uuid()));
    assertThat(api.get("lot").get("lotNo").asString()).isEqualTo(p + "M");
    assertThat(api.get("lot").get("onHand").decimalValue()).isEqualByComparingTo("8");
    assertThat(api.get("balances")).hasSize(1);
    assertThat(api.get("moves")).hasSize(1);
    assertThat(api.get("trace").get("nodes").size()).as("8 lots, 2 customers").isEqualTo(10);
  }

  @Test
  void lotListShowsExpiryAndStatus() {
    var fx = new InventoryFixtures(jdbc);
    var item = fx.item("MILK", "Raw Material", "l", "0");
    var today = LocalDate.ofInstant(clock.instant(), io.kelola.shared.web.Formats.WIB);
    fx.lot(item, "SOON", "QUARANTINE", today.plusDays(5));
    fx.lot(item, "OLD", "REJECTED", today.minusDays(1));
    var api = Http.json(Http.api(port, "gudang1", Http.DEMO_PASSWORD).get("/api/v1/inventory/lots?q=" + fx.prefix + "&sort=exp"));
    assertThat(api.get("total").asLong()).isEqualTo(2);
    assertThat(api.get("items").get(0).get("daysToExpiry").asLong()).isEqualTo(-1);
    assertThat(api.get("items").get(1).get("daysToExpiry").asLong()).isEqualTo(5);
    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/lots?q=" + fx.prefix + "&status=QUARANTINE");
    assertThat(page.body()).contains("Kedaluwarsa dalam 5 hari", "Karantina").doesNotContain(fx.prefix + "-OLD");
  }

  @Test
  void recallReportExportsAffectedLotsAndShipments() throws IOException {
    var g = genealogy();
    var p = g.fx().prefix + "-";
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    var res = Downloads.get(api, "/inventory/lots/" + g.lot("M").uuid() + "/trace/export?format=xlsx");
    assertThat(res.statusCode()).isEqualTo(200);
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(res.body()))) {
      var sheets = wb.getSheets().toList();
      assertThat(sheets).hasSize(2);
      var lots = sheets.get(0).read();
      assertThat(lots).hasSize(1 + 8);
      assertThat(lots.stream().map(r -> r.getCellText(2))).contains(p + "R00", p + "M", p + "F3");
      var shipments = sheets.get(1).read();
      assertThat(shipments).hasSize(1 + 3);
      assertThat(shipments.get(1).getCellText(0)).isEqualTo(p + "C1");
      assertThat(shipments.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("2");
    }
    var audited = jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 't_lot' AND entity_key = :k")
        .param("k", g.lot("M").uuid().toString()).query(Long.class).single();
    assertThat(audited).isEqualTo(1);
    assertThat(Downloads.get(Http.api(port, "mekanik1", Http.DEMO_PASSWORD),
        "/inventory/lots/" + g.lot("M").uuid() + "/trace/export?format=xlsx").statusCode()).isEqualTo(403);
    assertThat(api.get("/inventory/lots/" + g.lot("M").uuid() + "/trace/export?format=docx").statusCode()).isEqualTo(400);
  }

  @Test
  void recallReportAlsoComesAsAPrintablePdf() throws IOException {
    var g = genealogy();
    var p = g.fx().prefix + "-";
    var res = Downloads.get(Http.api(port, "gudang1", Http.DEMO_PASSWORD),
        "/inventory/lots/" + g.lot("M").uuid() + "/trace/export?format=pdf");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(res.body())) {
      var text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(text).contains("Laporan penarikan lot " + p + "M", p + "R00", p + "F3", p + "C2", p + "DO2", "Ditahan")
          .doesNotContain(p + "DO4");
    }
    var audited = jdbc.sql("""
        SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 't_lot' AND entity_key = :k
          AND new_value LIKE '%"pdf"%'""").param("k", g.lot("M").uuid().toString()).query(Long.class).single();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void unknownOrMalformedLotsAre404() {
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    for (var id : new String[] {UUID.randomUUID().toString(), "bukan-uuid", "%00"}) {
      var res = api.get("/api/v1/inventory/lots/" + id);
      assertThat(res.statusCode()).as(id).isIn(400, 404);
      // a NUL in the path is refused by the server's firewall before any handler (400)
      if (!id.equals("%00")) assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }
    assertThat(api.get("/api/v1/inventory/lots/" + UUID.randomUUID() + "/trace").statusCode()).isEqualTo(404);
    var g = genealogy();
    assertThat(api.get("/api/v1/inventory/lots/" + g.lot("M").uuid() + "/trace?direction=sideways").statusCode()).isEqualTo(400);
    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/lots/" + UUID.randomUUID());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("id=\"error-message\"", "Lot tidak ditemukan.");
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/api/v1/inventory/lots").statusCode()).isEqualTo(403);
  }
}
