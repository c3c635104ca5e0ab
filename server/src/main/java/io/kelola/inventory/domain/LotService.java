package io.kelola.inventory.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.inventory.Issue;
import io.kelola.inventory.LotConsumption;
import io.kelola.inventory.LotRegistration;
import io.kelola.inventory.LotStatus;
import io.kelola.inventory.LotStatusChanged;
import io.kelola.inventory.LotView;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lot registration, QC status changes and genealogy links. */
@Service
@Transactional
class LotService {

  private final Inputs inputs;
  private final LotRepository lots;
  private final MoveService moves;
  private final AuditTrail audit;
  private final Events events;

  LotService(Inputs inputs, LotRepository lots, MoveService moves, AuditTrail audit, Events events) {
    this.inputs = inputs;
    this.lots = lots;
    this.moves = moves;
    this.audit = audit;
    this.events = events;
  }

  LotView register(LotRegistration r) {
    var item = inputs.item(r.item());
    if (!item.lotTracked()) throw BusinessRuleException.invalid("item", "inventory.lot.notTracked", item.code());
    var lotNo = Inputs.text("lotNo", r.lotNo(), 40, true);
    if (lots.find(item.id(), lotNo).isPresent()) {
      throw BusinessRuleException.conflict("lotNo", "inventory.lot.exists", lotNo, item.code());
    }
    var row = moves.register(item, lotNo, r.supplierLot(), r.vendor(), r.mfgDate(), r.expDate());
    return lots.view(row.uuid()).orElseThrow();
  }

  LotView changeStatusByHand(UUID uuid, String status, String note) {
    var owner = lots.statusOwner(uuid);
    if (owner != null) throw BusinessRuleException.conflict("status", "inventory.lot.statusOwned", owner);
    return changeStatus(uuid, status, note);
  }

  void assignStatusOwner(UUID uuid, String module) {
    lots.lock(uuid).orElseThrow(() -> BusinessRuleException.notFound("inventory.lot.notFound"));
    lots.setStatusOwner(uuid, Inputs.text("module", module, 20, true));
  }

  LotView changeStatus(UUID uuid, String status, String note) {
    var to = LotStatus.parse(status);
    if (to == null) throw BusinessRuleException.invalid("status", "inventory.lot.statusInvalid");
    var cleanNote = Inputs.text("note", note, 300, false);
    var lot = lots.lock(uuid).orElseThrow(() -> BusinessRuleException.notFound("inventory.lot.notFound"));
    var from = LotStatus.valueOf(lot.status());
    if (!from.next().contains(to)) {
      throw BusinessRuleException.conflict("status", "inventory.lot.transition", from.name(), to.name());
    }
    lots.setStatus(lot.id(), to.name(), cleanNote, CurrentUser.idOrNull());
    var changed = new LotStatusChanged(lot.uuid(), lot.lotNo(), lot.itemCode(), from.name(), to.name(), cleanNote);
    audit.record(AuditEntry.of("LOT_STATUS", "t_lot", lot.id(), lot.uuid().toString())
        .change(Map.of("status", from.name()), changed));
    events.publish(InventoryEventTypes.LOT_STATUS_CHANGED, lot.uuid().toString(), lots.creatorUuid(lot.id()), changed);
    return lots.view(uuid).orElseThrow();
  }

  void recordConsumption(LotConsumption c) {
    Inputs.checkQty("qty", c.qty());
    var docType = Inputs.text("docType", c.docType(), 20, false);
    var docRef = Inputs.text("docRef", c.docRef(), 60, false);
    var out = lots.find(c.outputLot()).orElseThrow(() -> BusinessRuleException.notFound("inventory.lot.notFound"));
    if (c.inputLot() == null) throw BusinessRuleException.invalid("inputLot", "inventory.field.required");
    var in = lots.find(c.inputLot())
        .orElseThrow(() -> BusinessRuleException.invalid("inputLot", "inventory.lot.unknown", c.inputLot(), ""));
    if (in.id() == out.id()) throw BusinessRuleException.invalid("inputLot", "inventory.lot.sameLot");
    lots.link(in.id(), out.id(), c.qty(), docType, docRef, CurrentUser.idOrNull());
    if (!Inputs.blank(c.issueFromWarehouse())) {
      moves.issue(new Issue(in.itemCode(), c.issueFromWarehouse(), c.issueFromLocation(), in.lotNo(), c.qty(), null,
          null, "CONSUMPTION", null, docType, docRef));
    }
    audit.record(AuditEntry.of("LOT_LINK", "t_lot_link", null, out.uuid().toString())
        .change(null, Map.of("inputLot", in.lotNo(), "outputLot", out.lotNo(), "qty", c.qty())));
  }
}
