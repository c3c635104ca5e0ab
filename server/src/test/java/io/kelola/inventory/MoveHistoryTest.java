package io.kelola.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The move ledger as read: filters, WIB calendar days, signs relative to a warehouse, who and to whom. */
@IntegrationTest
class MoveHistoryTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static List<String> docs(JsonNode page) {
    var out = new ArrayList<String>();
    page.get("items").forEach(r -> out.add(r.get("docRef").asString()));
    return out;
  }

  @Test
  void filtersByWibDayTypeReasonDocAndWarehouseWithSignedQuantities() {
    var fx = new InventoryFixtures(jdbc);
    var wh = fx.warehouse("WH");
    var wh2 = fx.warehouse("WH2");
    var item = fx.item("BOLT", "Part", "pcs", "0");
    var lot = fx.lot(item, "L1", "RELEASED", null);
    var cust = fx.customer("CUST");
    // 23:30 WIB on 10 March, then 00:30 WIB on 11 March (both 10 March in UTC)
    fx.move("IN", item, lot, null, wh, "100", "RECEIPT", fx.prefix + "-GRN", null, Instant.parse("2026-03-10T16:30:00Z"));
    fx.move("TRANSFER", item, lot, wh, wh2, "30", "RELOCATE", fx.prefix + "-TRF", null, Instant.parse("2026-03-10T17:30:00Z"));
    fx.move("OUT", item, lot, wh, null, "20", "SALE", fx.prefix + "-DO", cust, Instant.parse("2026-03-12T03:00:00Z"));
    var api = Http.api(port, "mekanik1", Http.DEMO_PASSWORD);

    var all = Http.json(api.get("/api/v1/inventory/moves?item=" + item.code()));
    assertThat(docs(all)).as("newest first").containsExactly(fx.prefix + "-DO", fx.prefix + "-TRF", fx.prefix + "-GRN");
    var out = all.get("items").get(0);
    assertThat(out.get("username").asString()).isEqualTo("gudang1");
    assertThat(out.get("custCode").asString()).isEqualTo(cust.code());
    assertThat(out.get("lotNo").asString()).isEqualTo(lot.lotNo());
    assertThat(out.get("signedQty").isNull()).as("no warehouse filtered, no sign").isTrue();

    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?item=" + item.code() + "&from=2026-03-11&to=2026-03-11"))))
        .containsExactly(fx.prefix + "-TRF");
    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?item=" + item.code() + "&to=2026-03-10"))))
        .containsExactly(fx.prefix + "-GRN");
    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?item=" + item.code() + "&type=out"))))
        .containsExactly(fx.prefix + "-DO");
    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?item=" + item.code() + "&reason=relocate"))))
        .containsExactly(fx.prefix + "-TRF");
    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?doc=" + fx.prefix + "-G"))))
        .containsExactly(fx.prefix + "-GRN");
    assertThat(docs(Http.json(api.get("/api/v1/inventory/moves?lot=" + lot.lotNo() + "&wh=" + wh2.code()))))
        .containsExactly(fx.prefix + "-TRF");

    var seenFromWh = Http.json(api.get("/api/v1/inventory/moves?wh=" + wh.code()));
    var signs = new ArrayList<String>();
    seenFromWh.get("items").forEach(r -> signs.add(r.get("signedQty").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(signs).containsExactly("-20", "-30", "100");

    var page = Http.browser(port, "gudang1", Http.DEMO_PASSWORD).get("/inventory/moves?wh=" + wh2.code());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("+30 pcs", "11-03-2026 00:30 WIB", "data-move-type=\"TRANSFER\"");
  }

  @Test
  void badFiltersAre400AndOutsidersAreRefused() {
    var api = Http.api(port, "gudang1", Http.DEMO_PASSWORD);
    for (var query : List.of("from=2026-02-30", "to=kemarin", "from=2026-03-02&to=2026-03-01", "type=GIFT", "size=101",
        "item=%00", "reason=" + "r".repeat(60))) {
      var res = api.get("/api/v1/inventory/moves?" + query);
      assertThat(res.statusCode()).as(query).isEqualTo(400);
    }
    assertThat(Http.api(port, "operator1", Http.DEMO_PASSWORD).get("/api/v1/inventory/moves").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/v1/inventory/moves").statusCode()).isEqualTo(401);
  }
}
