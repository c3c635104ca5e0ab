package io.kelola.extracts.domain;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.events.Events;
import io.kelola.extracts.SariEvents;
import io.kelola.inventory.Issue;
import io.kelola.inventory.ReservationRequest;
import io.kelola.inventory.StockLedger;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 7 of seed 000: ready lots leave for production or customers. Creating a dispatch reserves the
 * stock; IN_TRANSIT issues it (a shipment to the customer, for recall tracing); temperature readings
 * are kept and flagged when outside the material's range.
 */
@Service
public class Dispatches {

  static final Map<String, List<String>> NEXT = Map.of(
      "CREATED", List.of("IN_TRANSIT", "CANCELLED"),
      "IN_TRANSIT", List.of("DELIVERED"),
      "DELIVERED", List.of(),
      "CANCELLED", List.of());

  private final DispatchRepository dispatches;
  private final SariLotRepository lots;
  private final MasterLookup masters;
  private final StockLedger ledger;
  private final AuditTrail audit;
  private final Events events;
  private final Clock clock;

  Dispatches(DispatchRepository dispatches, SariLotRepository lots, MasterLookup masters, StockLedger ledger,
      AuditTrail audit, Events events, Clock clock) {
    this.dispatches = dispatches;
    this.lots = lots;
    this.masters = masters;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Dispatch create(DispatchRequest r) {
    var lot = lots.lockByCode(Text.required("lot", r.lot(), 40))
        .orElseThrow(() -> BusinessRuleException.invalid("lot", "sari.lot.unknown", r.lot()));
    if (!"READY".equals(lot.stage())) throw BusinessRuleException.conflict("lot", "sari.dispatch.notReady", lot.stage());
    var destination = r.destination() == null ? "" : r.destination().trim().toUpperCase(java.util.Locale.ROOT);
    if (!destination.equals("PRODUCTION") && !destination.equals("CUSTOMER")) {
      throw BusinessRuleException.invalid("destination", "sari.dispatch.destination");
    }
    Long customerId = null;
    String customerCode = null;
    if (destination.equals("CUSTOMER")) {
      var c = masters.customer(Text.required("customer", r.customer(), 30))
          .orElseThrow(() -> BusinessRuleException.invalid("customer", "sari.customer.unknown", r.customer()));
      customerId = c.id();
      customerCode = c.code();
    }
    if (r.qty() == null || r.qty().signum() <= 0 || r.qty().scale() > 4) throw BusinessRuleException.invalid("qty", "sari.dispatch.qty");
    var left = lot.qtyBase().subtract(dispatches.committed(lot.id()));
    if (r.qty().compareTo(left) > 0) {
      throw BusinessRuleException.conflict("qty", "sari.dispatch.tooMuch", left.stripTrailingZeros().toPlainString(), lot.baseUom());
    }
    var temp = temperature(r.tempC());
    var note = Text.optional("note", r.note(), 300);
    var no = dispatches.nextNumber(LocalDate.now(clock.withZone(io.kelola.shared.web.Formats.WIB)));
    var reserved = ledger.reserve(new ReservationRequest(lot.item(), lot.warehouse(), r.qty(), null, "SARI_DISPATCH", no,
        false, lot.lotCode(), lot.currentLocation()));
    var me = CurrentUser.idOrNull();
    long id = dispatches.insert(no, lot.id(), destination, customerId, r.qty(), reserved.reservations().getFirst().uuid(),
        note, me);
    var now = clock.instant();
    if (temp != null) dispatches.addReading(id, now, temp, LotIntake.inRange(lots.itemRef(lot), temp), "muat", me);
    lots.log(lot.id(), "DISPATCH_CREATED", lot.stage(), null, no, me, now);
    audit.record(AuditEntry.of("CREATE", "t_dispatch", id, no).change(null, Map.of("lot", lot.lotCode(),
        "destination", destination, "qty", r.qty())));
    events.publish(ExtractsEventTypes.DISPATCH_CREATED, no, lot.ownerUuid(),
        new SariEvents.DispatchCreated(no, lot.lotCode(), destination, customerCode, r.qty()));
    return dispatches.byNumber(no).orElseThrow();
  }

  @Transactional
  public Dispatch changeStatus(String no, String status, BigDecimal tempC) {
    var to = status == null ? "" : status.trim().toUpperCase(java.util.Locale.ROOT);
    var row = dispatches.lock(no).orElseThrow(() -> BusinessRuleException.notFound("sari.dispatch.notFound"));
    var d = row.dispatch();
    if (!NEXT.containsKey(to)) throw BusinessRuleException.invalid("status", "sari.dispatch.status");
    if (!NEXT.get(d.status()).contains(to)) throw BusinessRuleException.conflict("status", "sari.dispatch.transition", d.status(), to);
    var temp = temperature(tempC);
    var lot = lots.lockById(row.lotId()).orElseThrow();
    var me = CurrentUser.idOrNull();
    var now = clock.instant();
    switch (to) {
      case "IN_TRANSIT" -> {
        // release and issue in one transaction: the issue carries the customer for recall tracing
        ledger.release(row.reservation());
        ledger.issue(new Issue(lot.item(), lot.warehouse(), lot.currentLocation(), lot.lotCode(), d.qty(), null,
            d.customer(), d.destination().equals("CUSTOMER") ? "SHIPMENT" : "PRODUCTION", null, "SARI_DISPATCH", no));
      }
      case "CANCELLED" -> ledger.release(row.reservation());
      default -> { }
    }
    dispatches.setStatus(d.id(), to);
    if (temp != null) dispatches.addReading(d.id(), now, temp, LotIntake.inRange(lots.itemRef(lot), temp), to, me);
    lots.log(lot.id(), "DISPATCH_" + to, lot.stage(), null, no, me, now);
    if (to.equals("IN_TRANSIT") && dispatches.committed(lot.id()).compareTo(lot.qtyBase()) >= 0 && allShipped(lot.id())) {
      lots.changeStage(lot, "DISPATCHED", "DISPATCHED", no, me, now);
    }
    audit.record(AuditEntry.of("DISPATCH_" + to, "t_dispatch", d.id(), no).change(Map.of("status", d.status()),
        Map.of("status", to)));
    events.publish(ExtractsEventTypes.DISPATCH_STATUS, no, lot.ownerUuid(),
        new SariEvents.DispatchStatusChanged(no, lot.lotCode(), d.status(), to));
    return dispatches.byNumber(no).orElseThrow();
  }

  @Transactional
  public Dispatch addReading(String no, BigDecimal tempC, Instant at, String note) {
    var row = dispatches.lock(no).orElseThrow(() -> BusinessRuleException.notFound("sari.dispatch.notFound"));
    var temp = temperature(tempC);
    if (temp == null) throw BusinessRuleException.invalid("tempC", "sari.temp.range");
    var when = at == null ? clock.instant() : at;
    if (when.isAfter(clock.instant().plusSeconds(300)) || when.isBefore(row.dispatch().createdAt().minusSeconds(3600))) {
      throw BusinessRuleException.invalid("at", "sari.dispatch.readingTime");
    }
    var lot = lots.byId(row.lotId()).orElseThrow();
    boolean inRange = LotIntake.inRange(lots.itemRef(lot), temp);
    dispatches.addReading(row.dispatch().id(), when, temp, inRange, Text.optional("note", note, 200), CurrentUser.idOrNull());
    audit.record(AuditEntry.of("DISPATCH_TEMP", "t_dispatch", row.dispatch().id(), no)
        .change(null, Map.of("tempC", temp, "at", when.toString(), "inRange", inRange)));
    return dispatches.byNumber(no).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Dispatch get(String no) {
    return dispatches.byNumber(no).orElseThrow(() -> BusinessRuleException.notFound("sari.dispatch.notFound"));
  }

  @Transactional(readOnly = true)
  public List<Dispatch> recent() {
    return dispatches.recent(200);
  }

  @Transactional(readOnly = true)
  public List<Dispatch> ofLot(long lotId) {
    return dispatches.ofLot(lotId);
  }

  private boolean allShipped(long lotId) {
    return dispatches.ofLot(lotId).stream().noneMatch(x -> x.status().equals("CREATED"));
  }

  private static BigDecimal temperature(BigDecimal t) {
    if (t == null) return null;
    if (t.compareTo(new BigDecimal("-40")) < 0 || t.compareTo(new BigDecimal("60")) > 0 || t.scale() > 2) {
      throw BusinessRuleException.invalid("tempC", "sari.temp.range");
    }
    return t;
  }
}
