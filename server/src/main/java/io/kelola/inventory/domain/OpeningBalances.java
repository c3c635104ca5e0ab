package io.kelola.inventory.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.inventory.Receipt;
import io.kelola.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances carried over from a legacy system: an IN move with reason OPENING and, when the legacy
 * system had stock promised, one reservation with document type LEGACY. The only path allowed to
 * leave reserved above on hand ("Oversold", seed 002 §1.8), which Kelola's own operations refuse.
 */
@Component
class OpeningBalances {

  static final String REASON = "OPENING";
  static final String LEGACY = "LEGACY";

  private final MoveService moves;
  private final BalanceRepository balances;
  private final ReservationRepository reservations;
  private final Inputs inputs;
  private final AuditTrail audit;

  OpeningBalances(MoveService moves, BalanceRepository balances, ReservationRepository reservations, Inputs inputs,
      AuditTrail audit) {
    this.audit = audit;
    this.moves = moves;
    this.balances = balances;
    this.reservations = reservations;
    this.inputs = inputs;
  }

  @Transactional
  void load(String item, String warehouse, BigDecimal onHand, BigDecimal reserved) {
    var moved = moves.receive(new Receipt(item, warehouse, null, onHand, null, null, null, null, null, null, REASON,
        "legacy opening balance", LEGACY, "OPENING-" + item + "-" + warehouse));
    if (reserved.signum() <= 0) return;
    var itemRef = inputs.item(item);
    var wh = inputs.place("warehouse", warehouse, null);
    var invId = balances.id(new BalanceKey(itemRef.id(), wh.warehouse().id(), null, null)).orElseThrow();
    balances.addReservedUnchecked(invId, reserved);
    var uuid = reservations.insert(itemRef.id(), wh.warehouse().id(), invId, reserved, BigDecimal.ZERO, LEGACY,
        "OPENING-" + moved.uuid(), CurrentUser.idOrNull());
    audit.record(AuditEntry.of(AuditActions.CREATE, "t_inv_resv", null, uuid.toString())
        .change(null, Map.of("item", item, "warehouse", warehouse, "qty", reserved, "docType", LEGACY)));
  }
}
