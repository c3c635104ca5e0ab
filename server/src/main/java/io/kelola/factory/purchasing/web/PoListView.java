package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.PoSummary;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/** The PO list with its search, status filter and links. Template view model. */
public record PoListView(PageResult<PoSummary> result, ListLinks links, String q, String status, boolean canCreate,
    boolean canExport, String exportUrl) {

  public List<String> statuses() {
    return PoQueries.STATUSES;
  }

  /** Message key of a status label, e.g. {@code factory.po.status.PendingDirector}. */
  public static String statusKey(String status) {
    return "factory.po.status." + status.replace(" ", "");
  }

  /** Tabler badge colour of a status (the label carries the meaning, colour only helps). */
  public static String statusCss(String status) {
    return switch (status) {
      case "Draft" -> "bg-secondary-lt";
      case "Pending", "Pending Director" -> "bg-yellow-lt";
      case "Approved" -> "bg-blue-lt";
      case "Partially Received" -> "bg-cyan-lt";
      case "Received" -> "bg-green-lt";
      default -> "bg-red-lt";
    };
  }
}
