package io.kelola.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.audit.AuditActor;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** CSV and Excel exports of the audit log: content, escaping, headers, permissions, and their own audit row. */
@IntegrationTest
class AuditExportTests {

  static final String TRICKY = "a,\"b\"\nc";

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  private final HttpClient raw = HttpClient.newHttpClient();

  /** A fresh user with one sign-in plus two rows whose values need CSV escaping / formula defusing. */
  private String userWithRows() {
    var name = AuditLogViewerTests.freshUser(users);
    Http.api(port, name, Http.DEMO_PASSWORD);
    tx.executeWithoutResult(s -> {
      var actor = new AuditActor(null, name);
      audit.record(new AuditEntry("UPDATE", "test_export", null, TRICKY, Map.of("v", "lama"), Map.of("v", "baru, \"kutip\"")), actor);
      audit.record(AuditEntry.of("UPDATE", "test_formula", null, "=1+2"), actor);
    });
    return name;
  }

  private HttpResponse<byte[]> download(Http client, String path) {
    try {
      return raw.send(client.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String today() {
    return LocalDate.now(Formats.WIB).format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private long exportRows(String filterUser) {
    return jdbc.sql("""
        SELECT count(*) FROM log_audit WHERE action = 'EXPORT' AND entity_type = 'log_audit' AND username = 'admin'
        AND new_value LIKE :marker""").param("marker", "%\"user\":\"" + filterUser + "\"%").query(Long.class).single();
  }

  @Test
  void csvHasBomHeaderMatchingRowsAndEscapesValues() {
    var name = userWithRows();
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var res = download(admin, "/admin/audit/export.csv?user=" + name);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").containsIgnoringCase("utf-8");
    assertThat(res.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"audit-log-" + today() + ".csv\"");
    var bytes = res.body();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\"a,\"\"b\"\"\nc\"").contains("'=1+2");

    var rows = parseCsv(text);
    assertThat(rows.getFirst()).containsExactly("Waktu (WIB)", "Pengguna", "Tindakan", "Jenis entitas", "Kunci entitas",
        "Alamat IP", "Nilai lama", "Nilai baru");
    var data = rows.subList(1, rows.size());
    assertThat(data).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(8).element(1).isEqualTo(name));
    assertThat(data).extracting(r -> r.get(4)).contains(TRICKY, "'=1+2");
    var tricky = data.stream().filter(r -> r.get(4).equals(TRICKY)).findFirst().orElseThrow();
    assertThat(tricky.get(7)).isEqualTo("{\"v\":\"baru, \\\"kutip\\\"\"}");

    // times are WIB wall-clock times of the rows the API reports
    var api = Http.json(admin.get("/api/v1/audit?user=" + name + "&action=LOGIN"));
    var loginAt = Instant.parse(api.get("items").get(0).get("created_at").asString());
    var login = data.stream().filter(r -> r.get(2).equals("LOGIN")).findFirst().orElseThrow();
    assertThat(login.get(0)).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Formats.WIB).format(loginAt));

    assertThat(exportRows(name)).isEqualTo(1);
    var recorded = jdbc.sql("SELECT new_value FROM log_audit WHERE action = 'EXPORT' AND new_value LIKE :m ORDER BY id DESC LIMIT 1")
        .param("m", "%\"user\":\"" + name + "\"%").query(String.class).single();
    assertThat(recorded).contains("\"format\":\"csv\"", "\"rows\":3");
  }

  @Test
  void xlsxIsAValidWorkbookWithTheSameRows() throws IOException {
    var name = userWithRows();
    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    var res = download(admin, "/admin/audit/export.xlsx?user=" + name + "&action=UPDATE");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith(AuditExportController.XLSX);
    assertThat(res.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"audit-log-" + today() + ".xlsx\"");
    try (var wb = new ReadableWorkbook(new ByteArrayInputStream(res.body()))) {
      var sheet = wb.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Log Audit");
      var rows = sheet.read();
      assertThat(rows).hasSize(3);
      assertThat(rows.getFirst().getCellText(0)).isEqualTo("Waktu (WIB)");
      assertThat(rows.getFirst().getCellText(4)).isEqualTo("Kunci entitas");
      var keys = new ArrayList<String>();
      for (var row : rows.subList(1, rows.size())) {
        assertThat(row.getCellText(1)).isEqualTo(name);
        assertThat(row.getCellText(2)).isEqualTo("UPDATE");
        assertThat(row.getCellAsDate(0)).isPresent();
        keys.add(row.getCellText(4));
      }
      assertThat(keys).containsExactlyInAnyOrder(TRICKY, "=1+2");
    }
    var recorded = jdbc.sql("SELECT new_value FROM log_audit WHERE action = 'EXPORT' AND new_value LIKE :m ORDER BY id DESC LIMIT 1")
        .param("m", "%\"user\":\"" + name + "\"%").query(String.class).single();
    assertThat(recorded).contains("\"format\":\"xlsx\"", "\"action\":\"UPDATE\"", "\"rows\":2");
  }

  @Test
  void exportsNeedTheExportPermission() {
    var name = userWithRows();
    var manager = Http.api(port, "sari.manager", Http.DEMO_PASSWORD);
    assertThat(manager.get("/api/v1/audit?user=" + name).statusCode()).isEqualTo(200);
    assertThat(download(manager, "/admin/audit/export.csv?user=" + name).statusCode()).isEqualTo(403);
    assertThat(download(manager, "/admin/audit/export.xlsx?user=" + name).statusCode()).isEqualTo(403);
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(download(operator, "/admin/audit/export.csv?user=" + name).statusCode()).isEqualTo(403);
    assertThat(download(operator, "/admin/audit/export.xlsx?user=" + name).statusCode()).isEqualTo(403);
    assertThat(exportRows(name)).isZero();

    var admin = Http.api(port, "admin", Http.DEMO_PASSWORD);
    assertThat(download(admin, "/admin/audit/export.csv?user=" + name + "&from=2026-99-01").statusCode()).isEqualTo(400);
    assertThat(exportRows(name)).isZero();
  }

  /** RFC 4180: fields split on commas outside quotes, doubled quotes inside quotes, CRLF between records. */
  static List<List<String>> parseCsv(String text) {
    var records = new ArrayList<List<String>>();
    var record = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("unterminated quote").isFalse();
    assertThat(field).as("last record must end with CRLF").isEmpty();
    return records;
  }
}
