package io.kelola.extracts.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.extracts.SariEvents;
import io.kelola.inventory.StockLedger;
import io.kelola.inventory.Transfer;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.web.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps 5 and 6 of seed 000: warehouse staff put a released lot into a cold-chain slot; released and
 * slotted, the lot is ready for production.
 */
@Service
public class SlotAssignment {

  private final SariLotRepository lots;
  private final SlotRepository slots;
  private final StockLedger ledger;
  private final AuditTrail audit;
  private final Events events;
  private final Clock clock;

  SlotAssignment(SariLotRepository lots, SlotRepository slots, StockLedger ledger, AuditTrail audit, Events events,
      Clock clock) {
    this.lots = lots;
    this.slots = slots;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Slot> board(String warehouse) {
    return slots.storage(warehouse);
  }

  @Transactional(readOnly = true)
  public List<SlotSuggestion> suggestions(String lotCode) {
    var lot = lots.byCode(lotCode).orElseThrow(() -> BusinessRuleException.notFound("sari.lot.notFound"));
    var item = lots.itemRef(lot);
    return SlotRanking.rank(item, lot.qtyBase(), lot.expDate(), slots.storage(lot.warehouse()),
        slots.zonesHolding(lot.warehouse(), lot.item()));
  }

  @Transactional
  public SariLot assign(String lotCode, String location) {
    var me = CurrentUser.get().orElseThrow(NotAuthenticatedException::new);
    var where = Text.required("location", location, 30);
    var lot = lots.lockByCode(lotCode).orElseThrow(() -> BusinessRuleException.notFound("sari.lot.notFound"));
    if (!"RELEASED".equals(lot.stage())) throw BusinessRuleException.conflict("location", "sari.slot.notReleased", lot.stage());
    var item = lots.itemRef(lot);
    var slot = slots.storage(lot.warehouse()).stream().filter(s -> s.location().equals(where)).findFirst()
        .orElseThrow(() -> BusinessRuleException.invalid("location", "sari.slot.unknown", where, lot.warehouse()));
    if (!SlotRanking.temperatureFits(item, slot)) {
      throw BusinessRuleException.conflict("location", "sari.slot.temperature", where, range(slot.tempMin(), slot.tempMax()),
          range(item.tempMin(), item.tempMax()));
    }
    if (slot.free() != null && slot.free().compareTo(lot.qtyBase()) < 0) {
      throw BusinessRuleException.conflict("location", "sari.slot.capacity", where, slot.free().stripTrailingZeros()
          .toPlainString(), lot.qtyBase().stripTrailingZeros().toPlainString(), lot.baseUom());
    }
    ledger.transfer(new Transfer(lot.item(), lot.warehouse(), lot.currentLocation(), lot.warehouse(), where,
        lot.lotCode(), lot.qtyBase(), null, "PUTAWAY", "SARI slot", "SARI_SLOT", lot.lotCode()));
    lots.setSlot(lot.id(), where);
    var now = clock.instant();
    lots.log(lot.id(), "SLOT_ASSIGNED", lot.stage(), null, where, me.userId(), now);
    lots.changeStage(lot, "READY", "READY_FOR_PRODUCTION", null, me.userId(), now);
    audit.record(AuditEntry.of("SLOT_ASSIGNED", "t_sari_lot", lot.id(), lot.lotCode())
        .change(Map.of("location", lot.currentLocation()), Map.of("location", where, "stage", "READY")));
    events.publish(ExtractsEventTypes.SLOT_ASSIGNED, lot.lotCode(), lot.ownerUuid(),
        new SariEvents.SlotAssigned(lot.lotCode(), lot.warehouse(), where, slot.zone(), lot.qtyBase()));
    events.publish(ExtractsEventTypes.LOT_READY, lot.lotCode(), lot.ownerUuid(),
        new SariEvents.LotReady(lot.lotCode(), lot.item(), lot.warehouse(), where, lot.qtyBase(), lot.expDate()));
    return lots.byId(lot.id()).orElseThrow();
  }

  private static String range(java.math.BigDecimal min, java.math.BigDecimal max) {
    return (min == null ? "–" : min.stripTrailingZeros().toPlainString()) + "…"
        + (max == null ? "–" : max.stripTrailingZeros().toPlainString()) + " °C";
  }
}
