package io.kelola.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.identity.domain.NewUser;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.web.Formats;
import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import io.kelola.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The audit API and page: filters, sorting, date range in WIB, and who may see them. */
@IntegrationTest
class AuditLogViewerTests {

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired MutableClock clock;

  static String freshUser(UserService users) {
    var name = "audit" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    users.create(new NewUser(name, name + "@example.test", "Uji Audit", "READONLY", Http.DEMO_PASSWORD));
    return name;
  }

  private Http admin() {
    return Http.api(port, "admin", Http.DEMO_PASSWORD);
  }

  private static List<JsonNode> items(HttpResponse<String> res) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    var out = new ArrayList<JsonNode>();
    Http.json(res).get("items").forEach(out::add);
    return out;
  }

  private static long total(HttpResponse<String> res) {
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Http.json(res).get("total").asLong();
  }

  @Test
  void filtersByUserActionAndDay() {
    var name = freshUser(users);
    Http.api(port, name, Http.DEMO_PASSWORD);
    Http.api(port, name, Http.DEMO_PASSWORD);
    Http.anonymous(port).postJson("/api/v1/auth/token", java.util.Map.of("username", name, "password", "wrong-password-1"));
    var admin = admin();

    var mine = items(admin.get("/api/v1/audit?user=" + name + "&size=100"));
    assertThat(mine).hasSize(3).allSatisfy(r -> assertThat(r.get("username").asString()).isEqualTo(name));
    assertThat(mine).extracting(r -> r.get("action").asString()).containsExactlyInAnyOrder("LOGIN", "LOGIN", "LOGIN_FAILED");
    var first = mine.getFirst();
    assertThat(first.has("created_at")).isTrue();
    assertThat(first.has("entity_type")).isTrue();
    assertThat(first.has("createdAt")).isFalse();

    assertThat(items(admin.get("/api/v1/audit?user=" + name.toUpperCase() + "&action=LOGIN")))
        .hasSize(2).allSatisfy(r -> assertThat(r.get("action").asString()).isEqualTo("LOGIN"));
    assertThat(items(admin.get("/api/v1/audit?user=" + name + "&action=LOGIN_FAILED&entity=adm_user")))
        .hasSize(1).allSatisfy(r -> assertThat(r.get("entity_key").asString()).isEqualTo(name));
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&entity=adm_session"))).isEqualTo(2);
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "%00&action=%00"))).isEqualTo(3);

    var today = LocalDate.now(Formats.WIB);
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&from=" + today + "&to=" + today))).isEqualTo(3);
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&to=" + today.minusDays(1)))).isZero();
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&from=" + today.plusDays(1)))).isZero();

    var ascending = items(admin.get("/api/v1/audit?user=" + name + "&sort=time&dir=asc"));
    assertThat(ascending).extracting(r -> r.get("created_at").asString()).isSorted();
    var paged = Http.json(admin.get("/api/v1/audit?user=" + name + "&size=2&page=2"));
    assertThat(paged.get("items")).hasSize(1);
    assertThat(paged.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void dayBoundariesAreWesternIndonesiaTime() {
    var name = freshUser(users);
    var day = LocalDate.now(Formats.WIB).plusDays(40);
    // 00:30 WIB is still the previous day in UTC: a UTC-based filter would put the row on the wrong day
    var target = day.atTime(0, 30).atZone(Formats.WIB).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
    try {
      Http.api(port, name, Http.DEMO_PASSWORD);
    } finally {
      clock.reset();
    }
    var admin = admin();
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&from=" + day + "&to=" + day))).isEqualTo(1);
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&to=" + day))).isEqualTo(1);
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&from=" + day.minusDays(1) + "&to=" + day.minusDays(1)))).isZero();
    assertThat(total(admin.get("/api/v1/audit?user=" + name + "&from=" + day.plusDays(1)))).isZero();
  }

  @Test
  void badDatesAreA400Problem() {
    var admin = admin();
    for (var query : List.of("from=2026-02-30", "to=21-11-2026", "from=yesterday", "from=2026-11-21&to=2026-11-20",
        "from=%2B100000-01-01")) {
      var res = admin.get("/api/v1/audit?" + query);
      assertThat(res.statusCode()).as(query).isEqualTo(400);
      assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(Http.json(res).get("errors").get(0).get("field").asString()).isIn("from", "to");
    }
  }

  @Test
  void onlyAuditViewersReachTheLog() {
    var operator = Http.api(port, "operator1", Http.DEMO_PASSWORD);
    assertThat(operator.get("/api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(operator.get("/admin/audit").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/v1/audit").statusCode()).isEqualTo(401);
    var manager = Http.api(port, "sari.manager", Http.DEMO_PASSWORD);
    assertThat(manager.get("/api/v1/audit").statusCode()).isEqualTo(200);
  }

  @Test
  void pageShowsFiltersResultsAndExportButtonsOnlyToExporters() {
    var name = freshUser(users);
    Http.api(port, name, Http.DEMO_PASSWORD);
    var admin = Http.browser(port, "admin", Http.DEMO_PASSWORD);
    var page = admin.get("/admin/audit?user=" + name);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"audit-filters\"", "id=\"audit-table\"", ">" + name + "<",
        "id=\"audit-export-csv\"", "/admin/audit/export.csv?user=" + name, "<option value=\"LOGIN\"");
    assertThat(page.body()).containsPattern("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} WIB");

    var fragment = admin.send(admin.request("/admin/audit?user=" + name + "&sort=user&dir=desc").header("HX-Request", "true").GET().build());
    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).contains("id=\"audit-table\"", ">" + name + "<").doesNotContain("<html");

    var garbage = admin.get("/admin/audit?page=abc&size=-5&sort=%3Bdrop%20table&dir=sideways&action=%00");
    assertThat(garbage.statusCode()).isEqualTo(200);
    assertThat(garbage.body()).contains("id=\"audit-table\"", "id=\"audit-total\"");

    var bad = admin.get("/admin/audit?from=not-a-date");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"audit-problems\"", "is-invalid");

    var manager = Http.browser(port, "sari.manager", Http.DEMO_PASSWORD);
    var managerPage = manager.get("/admin/audit");
    assertThat(managerPage.statusCode()).isEqualTo(200);
    assertThat(managerPage.body()).contains("id=\"audit-table\"").doesNotContain("audit-export-csv", "audit-export-xlsx");
  }
}
