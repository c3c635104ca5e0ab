package io.kelola.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.Http;
import io.kelola.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The silent-renew probe and the sign-in popup used by the browser's session recovery (seed 000). */
@IntegrationTest
class AuthRecoveryPagesTest {

  @LocalServerPort int port;

  private static HttpResponse<String> page(Http http, String path) {
    return http.send(http.request(path).setHeader("Accept", "text/html").GET().build());
  }

  @Test
  void anAnonymousSilentProbeReportsFailedToItsParentFromAStaticScript() {
    var res = page(Http.anonymous(port), "/auth/login?silent=1");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("data-auth-result=\"failed\"", "data-auth-target=\"parent\"",
        "<script src=\"/js/kelola-auth-report.js\" defer></script>");
    assertThat(res.body()).doesNotContainPattern("<script>[^<]");
    assertThat(res.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(res.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
        assertThat(v).contains("frame-src 'self';", "script-src 'self';"));
  }

  @Test
  void aSignedInSilentProbeReportsAlive() {
    var res = page(Http.browser(port, "sari.manager", Http.DEMO_PASSWORD), "/auth/login?silent=1");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("data-auth-result=\"alive\"");
  }

  @Test
  void thePopupShowsTheLoginFormCarryingThePopupFlagAndASuccessPostsToTheOpener() {
    var http = Http.anonymous(port);
    var form = page(http, "/auth/login?popup=1");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"login-form\"", "name=\"popup\" value=\"1\"");

    var failed = http.postForm("/login", Map.of("username", "sari.manager", "password", "salah", "popup", "1"));
    assertThat(failed.statusCode()).isEqualTo(401);
    assertThat(failed.body()).contains("id=\"login-error\"", "name=\"popup\" value=\"1\"");

    var ok = http.postForm("/login", Map.of("username", "sari.manager", "password", Http.DEMO_PASSWORD, "popup", "1"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("data-auth-result=\"signed-in\"", "data-auth-target=\"opener\"", "kelola-auth-report.js");
    assertThat(http.cookie("KELOLA_SESSION")).isNotBlank();
    assertThat(page(http, "/auth/login?silent=1").body()).contains("data-auth-result=\"alive\"");
  }

  @Test
  void theNormalLoginPageHasNoPopupFlagAndStillRedirectsSafely() {
    var http = Http.anonymous(port);
    assertThat(page(http, "/login").body()).doesNotContain("name=\"popup\"");
    var res = http.postForm("/login", Map.of("username", "sari.manager", "password", Http.DEMO_PASSWORD,
        "next", "https://evil.example/"));
    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(res.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
  }
}
