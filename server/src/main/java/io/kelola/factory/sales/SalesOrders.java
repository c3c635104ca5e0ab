package io.kelola.factory.sales;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.factory.core.SlaTracker;
import io.kelola.events.Events;
import io.kelola.audit.StatusHistory;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales order lifecycle (seed 002 §1.2): Draft → Pending → Approved → Closed, or Cancelled. Every
 * change locks the order row first, so two people acting on one order queue and the second sees
 * the new status (409 "status changed"). Every change writes status history, an audit row and an
 * event in the same transaction.
 */
@Service
@Transactional
public class SalesOrders {

  static final String ENTITY = "SO";

  private final OrderInputs inputs;
  private final OrderRepository orders;
  private final OrderReservations reservations;
  private final CreditCheck credit;
  private final DeliveryRepository deliveries;
  private final DeliveryStatus deliveryStatus;
  private final DocumentNumbers numbers;
  private final StatusHistory history;
  private final SlaTracker sla;
  private final AuditTrail audit;
  private final Events events;

  SalesOrders(OrderInputs inputs, OrderRepository orders, OrderReservations reservations, CreditCheck credit,
      DeliveryRepository deliveries, DeliveryStatus deliveryStatus, DocumentNumbers numbers, StatusHistory history, SlaTracker sla, AuditTrail audit, Events events) {
    this.inputs = inputs;
    this.orders = orders;
    this.reservations = reservations;
    this.credit = credit;
    this.deliveries = deliveries;
    this.deliveryStatus = deliveryStatus;
    this.numbers = numbers;
    this.history = history;
    this.sla = sla;
    this.audit = audit;
    this.events = events;
  }

  /** Creates a Draft order; returns its number. */
  public String create(SalesOrderRequest request) {
    var r = inputs.resolve(request);
    var no = numbers.next("SO", r.orderDate());
    var owner = CurrentUser.get().map(KelolaPrincipal::userUuid).orElse(null);
    var id = orders.insert(no, r, CurrentUser.idOrNull(), owner);
    orders.insertLines(id, r.lines(), CurrentUser.idOrNull());
    history.record(ENTITY, id, null, "Draft", null);
    audit.record(AuditEntry.of("CREATE", "t_so", id, no).change(null,
        Map.of("customer", r.customer().code(), "grand", r.totals().grand(), "lines", r.lines().size())));
    events.publish(FactorySubjects.SO_CREATED, no, owner,
        new FactoryEvents.SalesOrderCreated(no, r.customer().code(), r.totals().grand(), "Draft"));
    return no;
  }

  /** Replaces a Draft order's header and lines. */
  public void update(String no, SalesOrderRequest request) {
    var so = locked(no);
    expect(so, "Draft");
    var r = inputs.resolve(request);
    orders.replace(so.id(), r, CurrentUser.idOrNull());
    audit.record(AuditEntry.of("UPDATE", "t_so", so.id(), no).change(Map.of("grand", so.grandAmt()),
        Map.of("grand", r.totals().grand(), "lines", r.lines().size())));
  }

  public void submit(String no) {
    var so = locked(no);
    expect(so, "Draft");
    orders.submitted(so.id(), CurrentUser.idOrNull());
    moved(so, "Pending", null);
    sla.start(ENTITY, so.id(), no, "Approval");
  }

  /**
   * Approves a Pending order: credit check, then stock reserved for every line or nothing. The
   * submitter may not approve their own order.
   *
   * @param reason required when the order takes the customer over the credit limit
   */
  public void approve(String no, String reason) {
    approve(no, reason, false);
  }

  /** Demo data only: the seed shows orders approved beyond stock ("Oversold"). */
  void approveAllowingBackorder(String no, String reason) {
    approve(no, reason, true);
  }

  private void approve(String no, String reason, boolean allowBackorder) {
    var so = locked(no);
    expect(so, "Pending");
    var me = CurrentUser.idOrNull();
    if (me != null && me.equals(so.submittedBy())) throw BusinessRuleException.conflict(null, "factory.so.approve.own");
    var note = reason(reason);
    var over = credit.check(so, note);
    reservations.reserve(so, orders.lines(so.id()), allowBackorder);
    orders.approved(so.id(), over, over ? note : null, me);
    moved(so, "Approved", note);
    sla.complete(ENTITY, so.id(), "Approval");
    sla.start(ENTITY, so.id(), no, "Processing");
  }

  /** Sends a Pending order back to Draft, with the reason. */
  public void reject(String no, String reason) {
    var so = locked(no);
    expect(so, "Pending");
    OrderInputs.required("reason", reason);
    moved(so, "Draft", reason(reason));
    orders.status(so.id(), "Draft", CurrentUser.idOrNull());
    sla.complete(ENTITY, so.id(), "Approval");
  }

  /** Cancels a Draft, Pending or (nothing shipped yet) Approved order; held stock is released. */
  public void cancel(String no, String reason) {
    var so = locked(no);
    expect(so, "Draft", "Pending", "Approved");
    var note = reason(reason);
    if ("Approved".equals(so.status())) {
      if (note == null) throw BusinessRuleException.invalid("reason", "factory.so.cancel.reasonRequired");
      if (deliveries.anyShipped(so.id())) throw BusinessRuleException.conflict(null, "factory.so.cancel.shipped");
      deliveries.pendingOf(so.id()).forEach(d -> {
        deliveries.status(d.id(), "Cancelled", CurrentUser.idOrNull());
        deliveryStatus.moved(d, "Cancelled", note);
      });
      reservations.releaseAll(so.id());
    }
    orders.status(so.id(), "Cancelled", CurrentUser.idOrNull());
    moved(so, "Cancelled", note);
    sla.completeAll(ENTITY, so.id());
  }

  /** Closes an Approved order short (partly delivered); the rest of the held stock is released. */
  public void close(String no, String reason) {
    var so = locked(no);
    expect(so, "Approved");
    if (deliveries.anyOpen(so.id())) throw BusinessRuleException.conflict(null, "factory.so.close.openDeliveries");
    reservations.releaseAll(so.id());
    closeNow(so, reason(reason));
  }

  /** Closes the order when every line is delivered (called by deliveries in their transaction). */
  void closeIfDelivered(OrderRepository.Order so) {
    if (orders.lines(so.id()).stream().allMatch(l -> l.open().signum() == 0)) closeNow(so, null);
  }

  private void closeNow(OrderRepository.Order so, String note) {
    orders.status(so.id(), "Closed", CurrentUser.idOrNull());
    moved(so, "Closed", note);
    sla.completeAll(ENTITY, so.id());
  }

  /** A reason typed with an action: trimmed, at most 500 characters, null when blank. */
  static String reason(String reason) {
    if (OrderInputs.blank(reason)) return null;
    var r = reason.strip();
    if (r.length() > 500) throw BusinessRuleException.invalid("reason", "factory.so.notes.tooLong", 500);
    return r;
  }

  OrderRepository.Order locked(String no) {
    if (OrderInputs.blank(no) || no.length() > 20) throw BusinessRuleException.notFound("factory.so.notFound");
    return orders.lock(no).orElseThrow(() -> BusinessRuleException.notFound("factory.so.notFound"));
  }

  private static void expect(OrderRepository.Order so, String... allowed) {
    if (!Set.of(allowed).contains(so.status())) {
      throw BusinessRuleException.conflict(null, "factory.so.status.changed", so.soNo(), so.status());
    }
  }

  private void moved(OrderRepository.Order so, String to, String note) {
    history.record(ENTITY, so.id(), so.status(), to, note);
    audit.record(AuditEntry.of("UPDATE", "t_so", so.id(), so.soNo()).change(Map.of("status", so.status()),
        note == null ? Map.of("status", to) : Map.of("status", to, "notes", note)));
    events.publish(FactorySubjects.SO_STATUS, so.soNo(), so.ownerUuid(),
        new FactoryEvents.StatusChanged(ENTITY, so.soNo(), so.status(), to, note));
  }
}
