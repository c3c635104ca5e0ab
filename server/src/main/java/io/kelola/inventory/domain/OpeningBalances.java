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
  private final LotService lots;
  private final LotRepository lotRows;

  OpeningBalances(MoveService moves, BalanceRepository balances, ReservationRepository reservations, Inputs inputs,
      AuditTrail audit, LotService lots, LotRepository lotRows) {
    this.audit = audit;
    this.lots = lots;
    this.lotRows = lotRows;
    this.moves = moves;
    this.balances = balances;
    this.reservations = reservations;
    this.inputs = inputs;
  }

  /**
   * A lot-tracked item's legacy stock lands in one opening lot per warehouse, released at once: the
   * legacy system had it in use, so it is not waiting for QC.
   */
  @Transactional
  void load(String item, String warehouse, BigDecimal onHand, BigDecimal reserved) {
    var itemRef = inputs.item(item);
    var lotNo = itemRef.lotTracked() ? "OPEN-" + warehouse : null;
    var moved = moves.receive(new Receipt(item, warehouse, null, onHand, null, lotNo, null, null, null, null, REASON,
        "legacy opening balance", LEGACY, "OPENING-" + item + "-" + warehouse));
    Long lotId = null;
    if (lotNo != null) {
      var lot = lotRows.find(itemRef.id(), lotNo).orElseThrow();
      if (!"RELEASED".equals(lot.status())) lots.changeStatus(lot.uuid(), "RELEASED", "legacy opening balance");
      lotId = lot.id();
    }
    if (reserved.signum() <= 0) return;
    var wh = inputs.place("warehouse", warehouse, null);
    var invId = balances.id(new BalanceKey(itemRef.id(), wh.warehouse().id(), null, lotId)).orElseThrow();
    balances.addReservedUnchecked(invId, reserved);
    var uuid = reservations.insert(itemRef.id(), wh.warehouse().id(), invId, reserved, BigDecimal.ZERO, LEGACY,
        "OPENING-" + moved.uuid(), CurrentUser.idOrNull());
    audit.record(AuditEntry.of(AuditActions.CREATE, "t_inv_resv", null, uuid.toString())
        .change(null, Map.of("item", item, "warehouse", warehouse, "qty", reserved, "docType", LEGACY)));
  }
}
