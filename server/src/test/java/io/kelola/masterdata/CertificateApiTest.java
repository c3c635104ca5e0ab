package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Certificates: status by date, file upload sniffed by content, download as attachment, check for other modules. */
@IntegrationTest
class CertificateApiTest {

  @LocalServerPort int port;
  @Autowired Clock clock;
  @Autowired Certificates certificates;

  private String vendor(Http admin) {
    var code = MasterApiTest.code("VND");
    assertThat(admin.postJson("/api/v1/master/vendors", Map.of("code", code, "name", "PT Sertifikat")).statusCode())
        .isEqualTo(201);
    return code;
  }

  @Test
  void statusFollowsTheValidityDates() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var vendor = vendor(admin);
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    var expired = cert(admin, vendor, "BPOM", today.minusYears(1), today.minusDays(1));
    assertThat(expired.get("status")).isEqualTo("EXPIRED");
    assertThat(cert(admin, vendor, "HALAL", today.minusYears(1), today.plusDays(10)).get("status")).isEqualTo("EXPIRING");
    assertThat(cert(admin, vendor, "COA", today, today.plusDays(400)).get("status")).isEqualTo("VALID");

    assertThat(certificates.expiredForVendor(vendor, today)).extracting(CertificateRef::type).containsExactly("BPOM");
    // a renewed BPOM certificate covers the date again
    cert(admin, vendor, "BPOM", today.minusDays(1), today.plusYears(1));
    assertThat(certificates.expiredForVendor(vendor, today)).isEmpty();
  }

  @Test
  void fileIsSniffedStoredAndDownloadedAsAttachment() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var today = LocalDate.now(clock.withZone(Formats.WIB));
    var uuid = cert(admin, vendor(admin), "HALAL", today, today.plusYears(2)).get("uuid").toString();
    var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    var disguised = MasterImportExportTest.send(admin, "/api/v1/master/certificates/" + uuid + "/file",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "halal.pdf", "application/pdf");
    assertThat(disguised.statusCode()).isEqualTo(400);
    assertThat(disguised.body()).contains("file");

    var up = MasterImportExportTest.send(admin, "/api/v1/master/certificates/" + uuid + "/file", pdf,
        "../../etc/Halal 2026.pdf", "application/pdf");
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    assertThat(Http.json(up).get("fileName").asString()).isEqualTo("Halal 2026.pdf");

    var down = MasterImportExportTest.bytes(admin.request("/api/v1/master/certificates/" + uuid + "/file").GET().build());
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(down.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(down.body()).isEqualTo(pdf);

    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(MasterImportExportTest.send(auditor, "/api/v1/master/certificates/" + uuid + "/file", pdf, "a.pdf",
        "application/pdf").statusCode()).isEqualTo(403);
  }

  @Test
  void invalidCertificatesAreRefused() {
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var res = admin.postJson("/api/v1/master/certificates",
        Map.of("vendor", "NO-SUCH-VENDOR", "type", "HALAL", "number", "X", "issuer", "BPJPH", "validFrom", "2026-01-01"));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(MasterApiTest.fields(res)).contains("vendor");
    var range = admin.postJson("/api/v1/master/certificates", Map.of("vendor", vendor(admin), "type", "HALAL",
        "number", "X", "issuer", "BPJPH", "validFrom", "2026-05-01", "validTo", "2026-01-01"));
    assertThat(MasterApiTest.fields(range)).contains("validTo");
    assertThat(admin.get("/api/v1/master/certificates/not-a-uuid").statusCode()).isEqualTo(404);
  }

  private Map<?, ?> cert(Http admin, String vendor, String type, LocalDate from, LocalDate to) {
    var res = admin.postJson("/api/v1/master/certificates", Map.of("vendor", vendor, "type", type,
        "number", type + "-" + System.nanoTime(), "issuer", "BPJPH", "validFrom", from.toString(), "validTo",
        to.toString()));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
    return tools.jackson.databind.json.JsonMapper.builder().build().readValue(res.body(), Map.class);
  }
}
