package io.kelola.inventory.web;

import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;

/** Which answer a list request wants: only the table (live search, sort, paging, live refresh) or the page. */
final class Fragments {

  private Fragments() {}

  /** htmx history restores and boosted navigations need the full page. */
  static boolean tableOnly(HttpServletRequest request) {
    return Requests.isHtmx(request)
        && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }
}
