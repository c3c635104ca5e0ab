package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The generic master pages: every master renders, forms validate inline, buttons follow permissions. */
@IntegrationTest
class MasterPagesTest {

  @LocalServerPort int port;

  @Test
  void everyMasterListAndFormRenders() {
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    for (var kind : new String[] {"customers", "items", "vendors", "machines", "employees", "warehouses"}) {
      var list = admin.get("/master/" + kind + "?sort=name&dir=desc&q=a");
      assertThat(list.statusCode()).as(kind).isEqualTo(200);
      assertThat(list.body()).contains("id=\"master-table\"", "id=\"master-new\"", "id=\"master-export-csv\"");
      assertThat(admin.get("/master/" + kind + "/new").statusCode()).as(kind).isEqualTo(200);
    }
    assertThat(admin.get("/master/planets").statusCode()).isEqualTo(404);
  }

  @Test
  void formShowsErrorsInlineAndKeepsInput() {
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    admin.get("/master/vendors/new");
    var code = MasterApiTest.code("VND");
    var bad = admin.postForm("/master/vendors/new", Map.of("code", code, "name", "", "otdScore", "150"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("data-field-error=\"name\"", "data-field-error=\"otdScore\"", "value=\"" + code + "\"");
    var ok = admin.postForm("/master/vendors/new", Map.of("code", code, "name", "CV Uji", "otdScore", "92.5"));
    assertThat(ok.statusCode()).isEqualTo(302);
    var page = admin.get("/master/vendors/" + code + "?done=created");
    assertThat(page.body()).contains("id=\"master-done\"", "id=\"master-delete\"");
    var deleted = admin.postForm("/master/vendors/" + code + "/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(admin.get("/master/vendors/" + code).body()).contains("id=\"master-restore\"");
  }

  @Test
  void certificatesPageShowsStatusAndAcceptsAScan() {
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var list = admin.get("/master/certificates?q=VND-003");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("data-status=\"EXPIRED\"");
    assertThat(admin.get("/master/certificates/new").statusCode()).isEqualTo(200);
    var number = "HALAL-" + System.nanoTime();
    var form = "--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrfToken() + "\r\n"
        + part("vendor", "VND-002") + part("type", "HALAL") + part("number", number) + part("issuer", "BPJPH")
        + part("validFrom", "2026-01-01")
        + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf"
        + "\r\n\r\nMZ not a pdf\r\n--B--\r\n";
    var refused = admin.send(admin.request("/master/certificates/new").header("Content-Type", "multipart/form-data; boundary=B")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("data-field-error=\"file\"", "value=\"" + number + "\"");
    assertThat(admin.get("/master/certificates?q=" + number).body()).doesNotContain("data-cert=");
  }

  private static String part(String name, String value) {
    return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  @Test
  void readersSeeNoChangeButtons() {
    var auditor = Http.browser(port, "auditor", Http.DEMO_PASSWORD);
    var list = auditor.get("/master/items");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("id=\"master-new\"", "id=\"master-import\"");
    assertThat(auditor.get("/master/items/new").statusCode()).isEqualTo(403);
    assertThat(Http.browser(port, "operator1", Http.DEMO_PASSWORD).get("/master/items").statusCode()).isEqualTo(403);
  }
}
