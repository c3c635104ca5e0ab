package io.kelola.inventory.domain;

import io.kelola.audit.AuditActions;
import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.inventory.StockMoved;
import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.LocationRef;
import io.kelola.masterdata.PartyRef;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one move: takes stock from the "from" balance (conditionally), puts it on the "to"
 * balance, appends the immutable move row, audits it and publishes {@code inventory.moved} — all in
 * the caller's transaction.
 */
@Component
class MoveWriter {

  /** A move about to be written; {@code from}/{@code to} are null for the absent side. */
  record Draft(String type, ItemRef item, LotRepository.LotRow lot, Resolved from, Resolved to, BigDecimal qty,
      BigDecimal qtyEntered, String uomEntered, String reason, String note, String docType, String docRef,
      PartyRef customer) {}

  private final BalanceRepository balances;
  private final MoveRepository moves;
  private final AuditTrail audit;
  private final Events events;
  private final Clock clock;

  MoveWriter(BalanceRepository balances, MoveRepository moves, AuditTrail audit, Events events, Clock clock) {
    this.balances = balances;
    this.moves = moves;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(Formats.WIB));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  StockMoved record(Draft d) {
    if (d.from() != null && d.to() != null) balances.lockInOrder(key(d, d.from()), key(d, d.to()));
    if (d.from() != null) takeAvailable(d);
    if (d.to() != null) put(d);
    return append(d);
  }

  /** Appends the move row, audit and event only: for callers that changed the balances themselves. */
  @Transactional(propagation = Propagation.MANDATORY)
  StockMoved append(Draft d) {
    var by = CurrentUser.idOrNull();
    var inserted = moves.insert(new MoveRepository.NewMove(d.item().id(), lotId(d), whId(d.from()), locId(d.from()),
        whId(d.to()), locId(d.to()), d.qty(), d.qtyEntered(), d.uomEntered(), d.type(), d.reason(), d.note(),
        d.docType(), d.docRef(), d.customer() == null ? null : d.customer().id(), by), clock.instant());
    var moved = new StockMoved(inserted.uuid(), d.type(), d.item().code(), d.lot() == null ? null : d.lot().lotNo(),
        whCode(d.from()), locCode(d.from()), whCode(d.to()), locCode(d.to()), d.qty(), d.item().uom(), d.reason(),
        d.docType(), d.docRef());
    audit.record(AuditEntry.of(AuditActions.CREATE, "t_inv_move", inserted.id(), inserted.uuid().toString())
        .change(null, moved));
    events.publish(InventoryEventTypes.MOVED, inserted.uuid().toString(), null, moved);
    return moved;
  }

  BalanceKey key(Draft d, Resolved side) {
    return new BalanceKey(d.item().id(), side.warehouse().id(), side.locationId(), lotId(d));
  }

  private void takeAvailable(Draft d) {
    var key = key(d, d.from());
    if (balances.decrementAvailable(key, d.qty(), today(), CurrentUser.idOrNull()).isEmpty()) {
      throw insufficient(balances.available(key), d.item());
    }
  }

  private void put(Draft d) {
    checkFits(d.item(), d.to().location(), d.qty(), d.from() == null ? "location" : "toLocation");
    balances.increment(key(d, d.to()), d.qty(), today(), CurrentUser.idOrNull());
  }

  static BusinessRuleException insufficient(BigDecimal available, ItemRef item) {
    return BusinessRuleException.conflict("qty", "inventory.insufficient", available.max(BigDecimal.ZERO).stripTrailingZeros(),
        item.uom());
  }

  /** Cold chain and capacity: the location must keep the item within its range and have room. */
  private void checkFits(ItemRef item, LocationRef loc, BigDecimal qty, String field) {
    if (loc == null) return;
    boolean tooCold = item.tempMin() != null && (loc.tempMin() == null || loc.tempMin().compareTo(item.tempMin()) < 0);
    boolean tooWarm = item.tempMax() != null && (loc.tempMax() == null || loc.tempMax().compareTo(item.tempMax()) > 0);
    if (tooCold || tooWarm) {
      throw BusinessRuleException.conflict(field, "inventory.temperature", item.code(), range(item.tempMin(),
          item.tempMax()), loc.code(), range(loc.tempMin(), loc.tempMax()));
    }
    if (loc.capacityUnits() != null) {
      var load = balances.lockLocationLoad(loc.id());
      if (load.add(qty).compareTo(loc.capacityUnits()) > 0) {
        throw BusinessRuleException.conflict(field, "inventory.capacity", loc.code(),
            loc.capacityUnits().subtract(load).max(BigDecimal.ZERO).stripTrailingZeros());
      }
    }
  }

  static String plain(BigDecimal q) {
    return q.stripTrailingZeros().toPlainString();
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return (min == null ? "…" : plain(min)) + " – " + (max == null ? "…" : plain(max)) + " °C";
  }

  private static Long lotId(Draft d) {
    return d.lot() == null ? null : d.lot().id();
  }

  private static Long whId(Resolved r) {
    return r == null ? null : r.warehouse().id();
  }

  private static Long locId(Resolved r) {
    return r == null ? null : r.locationId();
  }

  private static String whCode(Resolved r) {
    return r == null ? null : r.warehouse().code();
  }

  private static String locCode(Resolved r) {
    return r == null ? null : r.locationCode();
  }
}
