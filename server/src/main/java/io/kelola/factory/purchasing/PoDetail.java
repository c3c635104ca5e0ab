package io.kelola.factory.purchasing;

import io.kelola.audit.StatusChange;
import io.kelola.factory.core.SlaRecord;
import java.time.Instant;
import java.util.List;

/** Everything the detail page and API show of one purchase order. */
public record PoDetail(PoSummary po, String notes, Instant approvedAt, String approvedBy, List<PoLine> lines,
    List<StatusChange> timeline, List<SlaRecord> slas, List<ReceiptView> receipts, List<PayableView> payables) {

  public boolean nothingReceived() {
    return lines.stream().allMatch(l -> l.qtyReceived().signum() == 0);
  }
}
