package io.kelola.identity.web;

import io.kelola.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Posts a browser form whose fields repeat (checkbox groups), with the page's CSRF token. */
final class MultiValueForm {

  private MultiValueForm() {}

  static HttpResponse<String> post(Http browser, String path, List<Map.Entry<String, String>> fields) {
    var all = new java.util.ArrayList<>(fields);
    all.add(Map.entry("_csrf", browser.csrfToken()));
    var body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return browser.send(browser.request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
