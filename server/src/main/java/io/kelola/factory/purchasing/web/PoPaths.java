package io.kelola.factory.purchasing.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Page routes of purchasing, shared by controllers and templates. */
public final class PoPaths {

  public static final String LIST = "/factory/purchase-orders";
  public static final String NEW = LIST + "/new";
  public static final String EXPORT = LIST + "/export.xlsx";
  /** Live refresh: pages reload their fragment when a PO changes. */
  public static final String LIVE = "factory.po.>";

  private PoPaths() {}

  public static String detail(String no) {
    return LIST + "/" + enc(no);
  }

  public static String action(String no, String action) {
    return detail(no) + "/" + action;
  }

  public static String pdf(String no) {
    return detail(no) + ".pdf";
  }

  /** Only a local factory page may be a return target (no open redirects). */
  static String safeReturn(String returnTo) {
    if (returnTo == null || !returnTo.startsWith("/factory/") || returnTo.contains("//") || returnTo.contains("\\")
        || returnTo.length() > 200 || returnTo.chars().anyMatch(c -> c < 0x20)) {
      return null;
    }
    return returnTo;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
