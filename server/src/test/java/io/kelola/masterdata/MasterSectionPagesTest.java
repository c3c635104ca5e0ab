package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sections of master pages: warehouse locations, item unit conversions, certificate edit and delete. */
@IntegrationTest
class MasterSectionPagesTest {

  @LocalServerPort int port;

  private Http api() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private String warehouse() {
    var code = MasterApiTest.code("WH");
    assertThat(api().postJson("/api/v1/master/warehouses", Map.of("code", code, "name", "Gudang Uji")).statusCode())
        .isEqualTo(201);
    return code;
  }

  private String item() {
    var code = MasterApiTest.code("ITM");
    assertThat(api().postJson("/api/v1/master/items", Map.of("code", code, "name", "Barang Uji",
        "category", "Raw Material", "uom", "PCS")).statusCode()).isEqualTo(201);
    return code;
  }

  @Test
  void locationIsAddedEditedAndDeletedFromTheWarehousePage() {
    var wh = warehouse();
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var page = admin.get("/master/warehouses/" + wh);
    assertThat(page.body()).contains("id=\"location-form\"", "id=\"loc-kind\"");
    var loc = MasterApiTest.code("L");

    var bad = admin.postForm("/master/warehouses/" + wh + "/locations",
        Map.of("code", loc, "zone", "A", "kind", "STORAGE", "tempMin", "10", "tempMax", "2"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("data-field-error=\"tempMax\"", "id=\"location-error\"", "value=\"" + loc + "\"");
    assertThat(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc).statusCode()).isEqualTo(404);

    var ok = admin.postForm("/master/warehouses/" + wh + "/locations",
        Map.of("code", loc, "zone", "A", "rack", "R1", "slot", "S1", "kind", "QUARANTINE", "tempMin", "2",
            "tempMax", "8", "capUnits", "100", "capacityM3", "12.5"));
    assertThat(ok.statusCode()).isEqualTo(302);
    var stored = Http.json(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc));
    assertThat(stored.get("kind").asText()).isEqualTo("QUARANTINE");
    assertThat(admin.get("/master/warehouses/" + wh + "?done=locationCreated").body())
        .contains("data-location=\"" + loc + "\"", "data-location-edit=\"" + loc + "\"");

    var edit = admin.get("/master/warehouses/" + wh + "/locations/" + loc);
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("id=\"location-save\"", "id=\"location-delete\"");
    var badEdit = admin.postForm("/master/warehouses/" + wh + "/locations/" + loc,
        Map.of("zone", "A", "kind", "NOWHERE", "capacityM3", "-1"));
    assertThat(badEdit.statusCode()).isEqualTo(400);
    assertThat(badEdit.body()).contains("data-field-error=\"kind\"", "data-field-error=\"capacityM3\"");
    assertThat(Http.json(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc)).get("kind").asText())
        .isEqualTo("QUARANTINE");
    var saved = admin.postForm("/master/warehouses/" + wh + "/locations/" + loc,
        Map.of("zone", "B", "kind", "REJECT", "capacityM3", "3"));
    assertThat(saved.statusCode()).isEqualTo(302);
    var updated = Http.json(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc));
    assertThat(updated.get("kind").asText()).isEqualTo("REJECT");
    assertThat(updated.get("zone").asText()).isEqualTo("B");

    assertThat(admin.postForm("/master/warehouses/" + wh + "/locations/" + loc + "/delete", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc).statusCode()).isEqualTo(404);

    var withDeleted = admin.get("/master/warehouses/" + wh);
    assertThat(withDeleted.body()).contains("data-deleted-location=\"" + loc + "\"");
    assertThat(admin.postForm("/master/warehouses/" + wh + "/locations/" + loc + "/restore", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc).statusCode()).isEqualTo(200);
    assertThat(admin.get("/master/warehouses/" + wh).body()).doesNotContain("data-deleted-location=\"" + loc + "\"");
    assertThat(admin.postForm("/master/warehouses/" + wh + "/locations/" + loc + "/restore", Map.of()).statusCode())
        .as("nothing deleted to restore").isEqualTo(404);
  }

  @Test
  void aDeletedLocationIsRestoredThroughTheApiByMasterDeleteHoldersOnly() {
    var wh = warehouse();
    var loc = MasterApiTest.code("L");
    var path = "/api/v1/master/warehouses/" + wh + "/locations/" + loc;
    assertThat(api().postJson("/api/v1/master/warehouses/" + wh + "/locations", Map.of("code", loc)).statusCode())
        .isEqualTo(201);
    assertThat(api().sendJson("DELETE", path, "").statusCode()).isEqualTo(204);
    var manager = Http.api(port, "john.doe", Http.DEMO_PASSWORD);
    assertThat(manager.postJson(path + "/restore", Map.of()).statusCode()).isEqualTo(403);
    var restored = api().postJson(path + "/restore", Map.of());
    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(Http.json(restored).get("code").asText()).isEqualTo(loc);
    assertThat(api().get(path).statusCode()).isEqualTo(200);
  }

  @Test
  void locationChangesNeedTheirPermissions() {
    var wh = warehouse();
    var loc = MasterApiTest.code("L");
    assertThat(api().postJson("/api/v1/master/warehouses/" + wh + "/locations", Map.of("code", loc)).statusCode())
        .isEqualTo(201);
    var auditor = Http.browser(port, "auditor", Http.DEMO_PASSWORD);
    var page = auditor.get("/master/warehouses/" + wh);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-location=\"" + loc + "\"").doesNotContain("id=\"location-form\"");
    var edit = auditor.get("/master/warehouses/" + wh + "/locations/" + loc);
    assertThat(edit.body()).doesNotContain("id=\"location-save\"", "id=\"location-delete\"");
    assertThat(auditor.postForm("/master/warehouses/" + wh + "/locations", Map.of("code", MasterApiTest.code("L")))
        .statusCode()).isEqualTo(403);
    assertThat(auditor.postForm("/master/warehouses/" + wh + "/locations/" + loc, Map.of("zone", "Z")).statusCode())
        .isEqualTo(403);
    var manager = Http.browser(port, "john.doe", Http.DEMO_PASSWORD);
    assertThat(manager.get("/master/warehouses/" + wh + "/locations/" + loc).body())
        .contains("id=\"location-save\"").doesNotContain("id=\"location-delete\"");
    assertThat(manager.postForm("/master/warehouses/" + wh + "/locations/" + loc + "/delete", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(api().get("/api/v1/master/warehouses/" + wh + "/locations/" + loc).statusCode()).isEqualTo(200);
  }

  @Test
  void unitConversionIsAddedAndRemovedFromTheItemPage() {
    var item = item();
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    assertThat(admin.get("/master/items/" + item).body()).contains("id=\"conversions\"", "id=\"conversion-form\"");

    var bad = admin.postForm("/master/items/" + item + "/conversions",
        Map.of("fromUom", "KARTON", "toUom", "karton", "factor", "0"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("data-field-error=\"factor\"", "id=\"conversion-error\"", "value=\"KARTON\"");
    assertThat(api().get("/api/v1/master/items/" + item + "/conversions").body()).isEqualTo("[]");

    var ok = admin.postForm("/master/items/" + item + "/conversions",
        Map.of("fromUom", "karton", "toUom", "PCS", "factor", "24"));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(api().get("/api/v1/master/items/" + item + "/conversions").body()).contains("\"KARTON\"", "24");
    var duplicate = admin.postForm("/master/items/" + item + "/conversions",
        Map.of("fromUom", "PCS", "toUom", "KARTON", "factor", "0.5"));
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("data-field-error=\"fromUom\"");
    assertThat(admin.get("/master/items/" + item).body()).contains("data-conversion=\"KARTON-PCS\"");

    var auditor = Http.browser(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get("/master/items/" + item).body())
        .contains("data-conversion=\"KARTON-PCS\"").doesNotContain("id=\"conversion-form\"", "data-conversion-remove");
    assertThat(auditor.postForm("/master/items/" + item + "/conversions",
        Map.of("fromUom", "BOX", "toUom", "PCS", "factor", "10")).statusCode()).isEqualTo(403);
    assertThat(auditor.postForm("/master/items/" + item + "/conversions/KARTON/PCS/delete", Map.of()).statusCode())
        .isEqualTo(403);

    assertThat(admin.postForm("/master/items/" + item + "/conversions/KARTON/PCS/delete", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(api().get("/api/v1/master/items/" + item + "/conversions").body()).isEqualTo("[]");
  }

  @Test
  void certificateIsEditedWithANewScanAndDeleted() {
    var number = "HALAL-" + System.nanoTime();
    var created = Http.json(api().postJson("/api/v1/master/certificates", Map.of("vendor", "VND-002", "type", "HALAL",
        "number", number, "issuer", "BPJPH", "validFrom", "2026-01-01")));
    var uuid = created.get("uuid").asText();
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var page = admin.get("/master/certificates/" + uuid);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"cert-save\"", "id=\"cert-delete\"", "value=\"" + number + "\"");

    var refused = multipart(admin, uuid, number + "-X", "2027-12-31", "MZ not a pdf");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("data-field-error=\"file\"");
    var unchanged = Http.json(api().get("/api/v1/master/certificates/" + uuid));
    assertThat(unchanged.get("number").asText()).isEqualTo(number);
    assertThat(unchanged.get("fileName").isNull()).isTrue();

    var badRange = multipart(admin, uuid, number, "2025-01-01", null);
    assertThat(badRange.statusCode()).isEqualTo(400);
    assertThat(badRange.body()).contains("data-field-error=\"validTo\"");

    var saved = multipart(admin, uuid, number + "-B", "2027-12-31", "%PDF-1.4\n%test\n%%EOF\n");
    assertThat(saved.statusCode()).isEqualTo(302);
    var after = Http.json(api().get("/api/v1/master/certificates/" + uuid));
    assertThat(after.get("number").asText()).isEqualTo(number + "-B");
    assertThat(after.get("issuer").asText()).isEqualTo("LPPOM");
    assertThat(after.get("fileName").asText()).isEqualTo("scan.pdf");

    var manager = Http.browser(port, "john.doe", Http.DEMO_PASSWORD);
    assertThat(manager.get("/master/certificates/" + uuid).body()).doesNotContain("id=\"cert-delete\"");
    assertThat(manager.postForm("/master/certificates/" + uuid + "/delete", Map.of()).statusCode()).isEqualTo(403);
    var auditor = Http.browser(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get("/master/certificates/" + uuid).body()).doesNotContain("id=\"cert-save\"");
    assertThat(auditor.postForm("/master/certificates/" + uuid, Map.of("number", "X")).statusCode()).isEqualTo(403);

    assertThat(admin.postForm("/master/certificates/" + uuid + "/delete", Map.of()).statusCode()).isEqualTo(302);
    assertThat(api().get("/api/v1/master/certificates/" + uuid).statusCode()).isEqualTo(404);
    assertThat(admin.get("/master/certificates/not-a-uuid").statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWithoutWritingOrFailing() {
    var wh = warehouse();
    var item = item();
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    admin.get("/master/warehouses/" + wh);
    var longCode = admin.postForm("/master/warehouses/" + wh + "/locations", Map.of("code", "X".repeat(5000),
        "zone", "Z".repeat(5000), "tempMin", "1e999", "capUnits", "abc"));
    assertThat(longCode.statusCode()).isEqualTo(400);
    assertThat(longCode.body()).contains("data-field-error=\"code\"", "data-field-error=\"zone\"",
        "data-field-error=\"tempMin\"", "data-field-error=\"capUnits\"");
    assertThat(api().get("/api/v1/master/warehouses/" + wh + "/locations").body()).isEqualTo("[]");
    assertThat(admin.postForm("/master/warehouses/NOPE-" + System.nanoTime() + "/locations", Map.of("code", "A1"))
        .statusCode()).isEqualTo(404);
    assertThat(admin.get("/master/warehouses/" + wh + "/locations/NOPE").statusCode()).isEqualTo(404);
    assertThat(admin.postForm("/master/warehouses/" + wh + "/locations/NOPE", Map.of("zone", "A")).statusCode())
        .isEqualTo(404);
    assertThat(admin.postForm("/master/warehouses/" + wh + "/locations/NOPE/delete", Map.of()).statusCode())
        .isEqualTo(404);
    var longUnit = admin.postForm("/master/items/" + item + "/conversions",
        Map.of("fromUom", "U".repeat(500), "toUom", "", "factor", "-3"));
    assertThat(longUnit.statusCode()).isEqualTo(400);
    assertThat(longUnit.body()).contains("data-field-error=\"fromUom\"", "data-field-error=\"toUom\"",
        "data-field-error=\"factor\"");
    assertThat(admin.postForm("/master/items/" + item + "/conversions/BOX/PCS/delete", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(admin.postForm("/master/items/NOPE-" + System.nanoTime() + "/conversions",
        Map.of("fromUom", "BOX", "toUom", "PCS", "factor", "2")).statusCode()).isEqualTo(404);
    assertThat(admin.postForm("/master/certificates/not-a-uuid", Map.of("number", "X")).statusCode()).isEqualTo(404);
    assertThat(admin.postForm("/master/certificates/" + java.util.UUID.randomUUID() + "/delete", Map.of())
        .statusCode()).isEqualTo(404);
  }

  private static java.net.http.HttpResponse<String> multipart(Http browser, String uuid, String number, String validTo,
      String file) {
    var body = part("_csrf", browser.csrfToken()) + part("vendor", "VND-002") + part("type", "HALAL")
        + part("number", number) + part("issuer", "LPPOM") + part("validFrom", "2026-01-01") + part("validTo", validTo)
        + (file == null ? "" : "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n" + file + "\r\n")
        + "--B--\r\n";
    return browser.send(browser.request("/master/certificates/" + uuid)
        .header("Content-Type", "multipart/form-data; boundary=B").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String part(String name, String value) {
    return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }
}
