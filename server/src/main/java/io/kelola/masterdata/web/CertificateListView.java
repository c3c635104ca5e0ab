package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.CertificateView;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;

/** The certificate list page. Template view model. */
public record CertificateListView(PageResult<CertificateView> result, String q, ListLinks links, boolean canCreate) {

  /** Tabler badge colour per status; the status text is always shown next to it. */
  public static String badge(String status) {
    return switch (status) {
      case "EXPIRED" -> "bg-danger-lt";
      case "EXPIRING" -> "bg-warning-lt";
      default -> "bg-success-lt";
    };
  }
}
