package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import is all or nothing with a per-row report; export files import back unchanged. */
@IntegrationTest
class MasterImportExportTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void csvWithOneBadRowImportsNothingAndNamesRowAndColumn() {
    var a = MasterApiTest.code("CUST");
    var b = MasterApiTest.code("CUST");
    var csv = "code,name,segment,creditLimit\r\n" + a + ",PT Satu,VIP,1000000\r\n" + b + ",CV Dua,Regular,-5\r\n";
    var res = upload(admin(), "customers", csv.getBytes(StandardCharsets.UTF_8), "c.csv", "text/csv");
    assertThat(res.statusCode()).isEqualTo(422);
    assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    var error = Http.json(res).get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("creditLimit");
    assertThat(count("m_cust", a) + count("m_cust", b)).isZero();
  }

  @Test
  void xlsxWithOneBadRowImportsNothingAndNamesRowAndColumn() throws IOException {
    var a = MasterApiTest.code("VND");
    var b = MasterApiTest.code("VND");
    var out = new ByteArrayOutputStream();
    var wb = new Workbook(out, "test", "1.0");
    var ws = wb.newWorksheet("vendors");
    ws.value(0, 0, "code");
    ws.value(0, 1, "name");
    ws.value(0, 2, "otdScore");
    ws.value(1, 0, a);
    ws.value(1, 1, "PT Baik");
    ws.value(1, 2, 90.5);
    ws.value(2, 0, b);
    ws.value(2, 1, "PT Buruk");
    ws.value(2, 2, 180);
    wb.finish();
    var res = upload(admin(), "vendors", out.toByteArray(), "v.xlsx", "application/octet-stream");
    assertThat(res.statusCode()).isEqualTo(422);
    var error = Http.json(res).get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("otdScore");
    assertThat(count("m_vendor", a) + count("m_vendor", b)).isZero();
  }

  @Test
  void exportedFilesImportBackAndSayWhatChanged() {
    var admin = admin();
    var a = MasterApiTest.code("EMP");
    var b = MasterApiTest.code("EMP");
    var csv = "code,name,dept,shift\n" + a + ",Budi,Gudang,1\n" + b + ",\"Sari, S.T.\",QC,2\n";
    var created = upload(admin, "employees", csv.getBytes(StandardCharsets.UTF_8), "e.csv", "text/csv");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(Http.json(created).get("created").asInt()).isEqualTo(2);

    var export = admin.get("/api/v1/master/employees/export?format=csv");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(export.body()).contains(a + ",Budi,Gudang", "\"Sari, S.T.\"");

    var xlsx = bytes(admin.request("/api/v1/master/employees/export?format=xlsx").GET().build());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    var again = upload(admin, "employees", xlsx.body(), "e.xlsx", "application/octet-stream");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(again).get("created").asInt()).isZero();
    assertThat(Http.json(again).get("updated").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(jdbc.sql("SELECT name FROM m_emp WHERE code = :c").param("c", b).query(String.class).single())
        .isEqualTo("Sari, S.T.");
    assertThat(jdbc.sql("SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 'm_emp'")
        .query(Long.class).single()).isGreaterThanOrEqualTo(2);

    assertThat(admin.get("/api/v1/master/employees/export?format=pdf").statusCode()).isEqualTo(400);
    var auditor = Http.api(port, "auditor", Http.DEMO_PASSWORD);
    assertThat(auditor.get("/api/v1/master/employees/export").statusCode()).isEqualTo(403);
    assertThat(upload(auditor, "employees", csv.getBytes(StandardCharsets.UTF_8), "e.csv", "text/csv").statusCode())
        .isEqualTo(403);
  }

  @Test
  void importPageShowsTheReport() {
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var page = admin.get("/master/machines/import");
    assertThat(page.statusCode()).isEqualTo(200);
    var csv = "code,name,runHours\n" + MasterApiTest.code("MCH") + ",Bubut,-1\n";
    var res = send(admin, "/master/machines/import", csv.getBytes(StandardCharsets.UTF_8), "m.csv", "text/csv",
        admin.csrfToken());
    assertThat(res.statusCode()).isEqualTo(422);
    assertThat(res.body()).contains("id=\"import-report\"", "data-row=\"2\"", "data-column=\"runHours\"");
  }

  private long count(String table, String code) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE code = :c").param("c", code).query(Long.class).single();
  }

  private Http admin() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  static HttpResponse<String> upload(Http http, String kind, byte[] content, String name, String type) {
    return send(http, "/api/v1/master/" + kind + "/import", content, name, type);
  }

  static HttpResponse<byte[]> bytes(HttpRequest request) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> send(Http http, String path, byte[] content, String name, String type) {
    return send(http, path, content, name, type, null);
  }

  /** A multipart upload of one file (field {@code file}), with the CSRF field a page form carries. */
  static HttpResponse<String> send(Http http, String path, byte[] content, String name, String type, String csrf) {
    var boundary = "----kelola" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    if (csrf != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }
}
