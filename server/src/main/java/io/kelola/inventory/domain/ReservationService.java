package io.kelola.inventory.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.inventory.PickSuggestion;
import io.kelola.inventory.ReservationChanged;
import io.kelola.inventory.ReservationRequest;
import io.kelola.inventory.ReservationResult;
import io.kelola.inventory.ReservationView;
import io.kelola.inventory.StockMoved;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations (FEFO over released balances, never overselling), their release and issue, and
 * pick suggestions.
 */
@Service
@Transactional
class ReservationService {

  private final Inputs inputs;
  private final MasterLookup masters;
  private final BalanceRepository balances;
  private final ReservationRepository reservations;
  private final LotRepository lots;
  private final MoveService moves;
  private final MoveWriter writer;
  private final AuditTrail audit;
  private final Events events;

  ReservationService(Inputs inputs, MasterLookup masters, BalanceRepository balances,
      ReservationRepository reservations, LotRepository lots, MoveService moves, MoveWriter writer, AuditTrail audit,
      Events events) {
    this.inputs = inputs;
    this.masters = masters;
    this.balances = balances;
    this.reservations = reservations;
    this.lots = lots;
    this.moves = moves;
    this.writer = writer;
    this.audit = audit;
    this.events = events;
  }

  ReservationResult reserve(ReservationRequest r) {
    var item = inputs.item(r.item());
    var place = inputs.place("warehouse", r.warehouse(), r.location());
    var qty = inputs.baseQty("qty", item, r.qty(), r.uom());
    var docType = Inputs.text("docType", r.docType(), 20, true);
    var docRef = Inputs.text("docRef", r.docRef(), 60, true);
    Long lotId = null;
    if (!Inputs.blank(r.lotNo())) {
      var lot = moves.existingLot(item, r.lotNo());
      moves.requireReleased(lot);
      lotId = lot.id();
    }
    var candidates = new ArrayList<>(balances.lockReservable(item.id(), place.warehouse().id(), place.locationId(),
        lotId, writer.today()));
    candidates.sort(BalanceRepository.Candidate.FEFO);
    var remaining = qty;
    var created = new ArrayList<UUID>();
    var by = CurrentUser.idOrNull();
    for (var c : candidates) {
      if (remaining.signum() == 0) break;
      if (c.available().signum() <= 0) continue;
      if (c.lotId() != null && !"RELEASED".equals(lots.share(c.lotId()).status())) continue;
      var take = c.available().min(remaining);
      if (!balances.reserve(c.id(), take)) continue;
      created.add(reservations.insert(item.id(), place.warehouse().id(), c.id(), take, BigDecimal.ZERO, docType, docRef,
          by));
      remaining = remaining.subtract(take);
    }
    if (remaining.signum() > 0) {
      if (!r.backorderAllowed()) throw MoveWriter.insufficient(qty.subtract(remaining), item);
      created.add(reservations.insert(item.id(), place.warehouse().id(), null, BigDecimal.ZERO, remaining, docType,
          docRef, by));
    }
    var views = created.stream().map(u -> reservations.view(u).orElseThrow()).toList();
    views.forEach(v -> announce(v, AuditActions.CREATE));
    return new ReservationResult(views, qty.subtract(remaining), remaining);
  }

  ReservationView release(UUID uuid) {
    var row = active(uuid);
    if (row.invId() != null && row.qty().signum() > 0) balances.unreserve(row.invId(), row.qty());
    reservations.setStatus(row.id(), "RELEASED", CurrentUser.idOrNull());
    var view = reservations.view(uuid).orElseThrow();
    announce(view, AuditActions.UPDATE);
    return view;
  }

  StockMoved issueReserved(UUID uuid, String customerCode) {
    var customer = Inputs.blank(customerCode) ? null : inputs.customer(customerCode);
    var row = active(uuid);
    if (row.invId() == null || row.qty().signum() == 0) {
      throw BusinessRuleException.conflict(null, "inventory.reservation.nothingCovered");
    }
    var key = balances.key(row.invId());
    var item = masters.item(key.itemId()).orElseThrow(() -> BusinessRuleException.conflict(null, "inventory.item.inactive"));
    LotRepository.LotRow lot = null;
    if (key.lotId() != null) {
      lot = lots.share(key.lotId());
      if (!"RELEASED".equals(lot.status())) {
        throw BusinessRuleException.conflict("lotNo", "inventory.lot.notReleased", lot.lotNo(), lot.status());
      }
    }
    var view = reservations.view(uuid).orElseThrow();
    if (!balances.issueReserved(row.invId(), row.qty(), writer.today(), CurrentUser.idOrNull())) {
      throw MoveWriter.insufficient(balances.available(key).max(BigDecimal.ZERO), item);
    }
    reservations.setStatus(row.id(), "ISSUED", CurrentUser.idOrNull());
    var from = inputs.place("warehouse", view.warehouse(), view.location());
    var moved = writer.append(new MoveWriter.Draft("OUT", item, lot, from, null, row.qty(), row.qty(), item.uom(),
        "RESERVATION", null, row.docType(), row.docRef(), customer));
    announce(reservations.view(uuid).orElseThrow(), AuditActions.UPDATE);
    return moved;
  }

  @Transactional(readOnly = true)
  ReservationView get(UUID uuid) {
    return reservations.view(uuid).orElseThrow(() -> BusinessRuleException.notFound("inventory.reservation.notFound"));
  }

  @Transactional(readOnly = true)
  List<PickSuggestion> suggestPicks(String itemCode, String warehouse, BigDecimal qty) {
    var item = inputs.item(itemCode);
    var place = inputs.place("warehouse", warehouse, null);
    Inputs.checkQty("qty", qty);
    var candidates = new ArrayList<>(balances.reservable(item.id(), place.warehouse().id(), writer.today()));
    candidates.sort(BalanceRepository.Candidate.FEFO);
    var picks = new ArrayList<PickSuggestion>();
    var remaining = qty;
    for (var c : candidates) {
      if (remaining.signum() <= 0) break;
      var take = c.available().min(remaining);
      picks.add(new PickSuggestion(c.lotNo(), c.locationCode(), c.expDate(), take));
      remaining = remaining.subtract(take);
    }
    return picks;
  }

  private ReservationRepository.Row active(UUID uuid) {
    return reservations.lockActive(uuid).orElseThrow(() -> reservations.exists(uuid)
        ? BusinessRuleException.conflict(null, "inventory.reservation.notActive")
        : BusinessRuleException.notFound("inventory.reservation.notFound"));
  }

  private void announce(ReservationView v, String action) {
    var changed = new ReservationChanged(v.uuid(), v.status(), v.item(), v.warehouse(), v.qty(), v.qtyShort(),
        v.docType(), v.docRef());
    audit.record(AuditEntry.of(action, "t_inv_resv", null, v.uuid().toString()).change(null, changed));
    events.publish(InventoryEventTypes.RESERVATION_CHANGED, v.uuid().toString(), null, changed);
  }
}
