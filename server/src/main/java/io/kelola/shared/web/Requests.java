package io.kelola.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/** Small facts about an incoming request that several layers need. */
public final class Requests {

  private Requests() {}

  /** API callers get RFC 9457 JSON; browsers navigating pages get HTML. */
  public static boolean wantsJson(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/auth/") || path.startsWith("/v3/") || path.equals("/events")) return true;
    if (isHtmx(request)) return false;
    var accept = request.getHeader("Accept");
    return accept != null && !accept.contains(MediaType.TEXT_HTML_VALUE)
        && (accept.contains(MediaType.APPLICATION_JSON_VALUE) || accept.contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
  }

  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  /** Client address as the proxy chain reports it (server.forward-headers-strategy handles trust). */
  public static String clientIp(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
