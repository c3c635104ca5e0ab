package io.kelola.factory.finance.web;

import io.kelola.factory.finance.AgeingReport;
import io.kelola.factory.finance.DocRow;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;

/**
 * The receivable or payable list page. Template view model.
 *
 * @param ledger AR or AP
 * @param path /factory/receivables or /factory/payables
 * @param error a filter that could not be read (the list then shows unfiltered)
 */
public record DocListView(String ledger, String path, PageResult<DocRow> result, ListLinks links, String q,
    String status, String party, String dueFrom, String dueTo, AgeingReport ageing, gg.jte.Content ageingSvg,
    boolean canExport, String error) {

  /** The export with the list's current filters. */
  public String exportHref() {
    var params = new java.util.StringJoiner("&");
    java.util.Map.of("q", q, "status", status, "party", party, "dueFrom", dueFrom, "dueTo", dueTo).forEach((k, v) -> {
      if (v != null && !v.isBlank()) params.add(k + "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
    });
    return path + "/export.xlsx" + (params.length() == 0 ? "" : "?" + params);
  }

  public String key() {
    return "AR".equals(ledger) ? "ar" : "ap";
  }
}
