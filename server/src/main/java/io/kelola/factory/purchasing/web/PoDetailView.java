package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.PoDetail;
import io.kelola.factory.purchasing.PurchaseOrders;
import io.kelola.shared.security.KelolaPrincipal;
import java.util.Set;

/**
 * The PO detail page: the document, its timeline, receipts and payables, and the actions the
 * viewer may take in its current status. Template view model.
 *
 * @param error a refused action's message, or null
 * @param flashKey message key of the last success, or null
 */
public record PoDetailView(PoDetail d, KelolaPrincipal viewer, String error, String flashKey) {

  private static final Set<String> OPEN = Set.of(PurchaseOrders.DRAFT, PurchaseOrders.PENDING,
      PurchaseOrders.PENDING_DIRECTOR, PurchaseOrders.APPROVED);

  public String status() {
    return d.po().status();
  }

  public boolean canEdit() {
    return viewer.can("PO.UPDATE") && PurchaseOrders.DRAFT.equals(status());
  }

  public boolean canSubmit() {
    return canEdit();
  }

  public boolean canDecide() {
    return viewer.can("PO.APPROVE")
        && (PurchaseOrders.PENDING.equals(status()) || PurchaseOrders.PENDING_DIRECTOR.equals(status()));
  }

  /** A Pending Director PO waits for someone with the director permission. */
  public boolean waitsForDirector() {
    return PurchaseOrders.PENDING_DIRECTOR.equals(status()) && !viewer.can("PO.APPROVE.DIRECTOR");
  }

  public boolean canCancel() {
    return viewer.can("PO.DELETE") && OPEN.contains(status()) && d.nothingReceived();
  }

  public boolean canReceive() {
    return viewer.can("PO.RECEIVE")
        && (PurchaseOrders.APPROVED.equals(status()) || PurchaseOrders.PARTIAL.equals(status()));
  }

  /** Approval notes carry a fixed tier prefix (stored once, for every language); shown translated. */
  public static String note(io.kelola.shared.web.Msg t, String notes) {
    if (notes == null) return null;
    for (var tier : new String[] {"Manager approval", "Director approval"}) {
      if (notes.startsWith(tier)) {
        var key = tier.startsWith("Manager") ? "factory.po.tier.manager" : "factory.po.tier.director";
        return t.get(key) + notes.substring(tier.length());
      }
    }
    return notes;
  }

  public boolean canExport() {
    return viewer.can("PO.EXPORT");
  }
}
