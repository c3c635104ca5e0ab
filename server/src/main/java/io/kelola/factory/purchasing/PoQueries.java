package io.kelola.factory.purchasing;

import io.kelola.audit.StatusHistory;
import io.kelola.factory.core.SlaTracker;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads purchase orders for lists, the detail page, the API and exports. */
@Service
@Transactional(readOnly = true)
public class PoQueries {

  public static final List<String> STATUSES = List.of(PurchaseOrders.DRAFT, PurchaseOrders.PENDING,
      PurchaseOrders.PENDING_DIRECTOR, PurchaseOrders.APPROVED, PurchaseOrders.PARTIAL, PurchaseOrders.RECEIVED,
      PurchaseOrders.CANCELLED);

  /** Exports stop here; the audit row says when a file was cut short. */
  public static final int EXPORT_MAX = 10_000;

  private final PoRepository repo;
  private final ReceiptRepository receipts;
  private final StatusHistory history;
  private final SlaTracker sla;

  PoQueries(PoRepository repo, ReceiptRepository receipts, StatusHistory history, SlaTracker sla) {
    this.repo = repo;
    this.receipts = receipts;
    this.history = history;
    this.sla = sla;
  }

  public PageResult<PoSummary> page(PageQuery q, String status) {
    return repo.page(q, status(status));
  }

  public List<PoSummary> forExport(String q, String status) {
    return repo.all(q == null ? null : q.replace("\0", ""), status(status), EXPORT_MAX);
  }

  public PoDetail detail(String key) {
    if (key == null || key.length() > 40) throw BusinessRuleException.notFound("factory.po.notFound");
    var h = repo.header(key).orElseThrow(() -> BusinessRuleException.notFound("factory.po.notFound"));
    return new PoDetail(h.summary(), h.notes(), h.approvedAt(), h.approvedBy(), repo.lineViews(h.id()),
        history.timeline("PO", h.id()), sla.of("PO", h.id()), receipts.ofPo(h.id()), receipts.payables(h.id()));
  }

  public List<ReceiptView> receipts(String key) {
    return detail(key).receipts();
  }

  /** A status filter: one of {@link #STATUSES} (any case), blank for all; anything else is refused. */
  public static String status(String raw) {
    if (raw == null || raw.isBlank()) return null;
    return STATUSES.stream().filter(s -> s.equalsIgnoreCase(raw.strip())).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("status", "factory.po.status.invalid"));
  }
}
