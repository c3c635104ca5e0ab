package io.kelola.factory.approvals;

import io.kelola.shared.web.Formats;
import io.kelola.shared.web.Msg;
import java.util.List;

/** The approvals inbox page: the items and how each reads (Rupiah, WIB times, SLA state). */
public record InboxView(List<InboxItem> items) {

  /** Where approve/reject send the browser back to. */
  public static final String RETURN_TO = "/factory/approvals";

  public String total(InboxItem i) {
    return Formats.rupiah(i.total());
  }

  public String date(InboxItem i) {
    return Formats.date(i.date());
  }

  public String since(InboxItem i) {
    return Formats.wibDateTime(i.waitingSince());
  }

  public String money(java.math.BigDecimal amount) {
    return Formats.rupiah(amount);
  }

  /** "3 j 20 m lagi" style text for a running SLA; empty without one. */
  public String slaLeft(InboxItem i, Msg t) {
    if (i.slaMinutesLeft() == null) return "";
    long m = Math.abs(i.slaMinutesLeft());
    var span = m >= 60 ? t.get("factory.inbox.hoursMinutes", m / 60, m % 60) : t.get("factory.inbox.minutes", m);
    return i.slaMinutesLeft() >= 0 ? t.get("factory.inbox.slaLeft", span) : t.get("factory.inbox.slaOver", span);
  }

  public String statusKey(InboxItem i) {
    return "Pending Director".equals(i.status()) ? "factory.inbox.status.director" : "factory.inbox.status.pending";
  }
}
