package io.kelola.factory.sales;

import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Credit check at approval: the customer's open receivables plus this order's grand total against
 * the credit limit. Going over is the approver's call, but only with a written reason.
 */
@Component
class CreditCheck {

  private final OrderRepository orders;

  CreditCheck(OrderRepository orders) {
    this.orders = orders;
  }

  /** True when the order goes over the limit (and a reason was given); 409 without a reason. */
  boolean check(OrderRepository.Order so, String reason) {
    var limit = orders.creditLimit(so.custId());
    var open = orders.openReceivables(so.custId());
    var exposure = open.add(so.grandAmt());
    if (exposure.compareTo(limit) <= 0) return false;
    if (reason == null) {
      throw BusinessRuleException.conflict("reason", "factory.so.credit.over", Formats.rupiah(limit),
          Formats.rupiah(open), Formats.rupiah(so.grandAmt()), Formats.rupiah(exposure));
    }
    return true;
  }
}
