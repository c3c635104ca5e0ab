package io.kelola.factory.production;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small display helpers for the production templates. */
public final class ProductionFormat {

  private ProductionFormat() {}

  /** Message key of a work-order status label ("Done" reads "Selesai/Completed"). */
  public static String statusKey(String status) {
    return "factory.wo.status." + status.replace(" ", "");
  }

  public static String statusCss(String status) {
    return switch (status) {
      case WorkOrderViews.SCHEDULED -> "bg-blue-lt";
      case WorkOrderViews.IN_PROGRESS -> "bg-orange-lt";
      case WorkOrderViews.DONE -> "bg-green-lt";
      default -> "bg-secondary-lt";
    };
  }

  public static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
