package io.kelola.factory.sales;

import io.kelola.factory.core.Amounts;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.core.SlaTracker;
import io.kelola.factory.finance.OpenReceivable;
import io.kelola.factory.finance.Receivables;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery orders (surat jalan): Pending → Shipped (stock issued to the customer from the order's
 * reservations) → Delivered (order lines delivered, receivable opened), or Cancelled before
 * shipping. Every change locks the sales order row first, then the delivery.
 *
 * <p>Invoice value of a delivery: per order line, its share of the order total after the header
 * discount ({@code total × line_amt / gross}, to the cent), times delivered/ordered qty (to the
 * cent); PPN per tax code on the sum of that code's lines, to whole rupiah.
 */
@Service
@Transactional
public class Deliveries {

  private final OrderRepository orders;
  private final DeliveryRepository deliveries;
  private final DeliveryStatus status;
  private final DeliveryLines lineInputs;
  private final OrderReservations reservations;
  private final SalesOrders salesOrders;
  private final DocumentNumbers numbers;
  private final SlaTracker sla;
  private final Receivables receivables;
  private final MasterLookup masters;
  private final FactoryProperties props;
  private final Clock clock;

  Deliveries(OrderRepository orders, DeliveryRepository deliveries, DeliveryStatus status, DeliveryLines lineInputs,
      OrderReservations reservations, SalesOrders salesOrders, DocumentNumbers numbers, SlaTracker sla,
      Receivables receivables, MasterLookup masters, FactoryProperties props, Clock clock) {
    this.orders = orders;
    this.deliveries = deliveries;
    this.status = status;
    this.lineInputs = lineInputs;
    this.reservations = reservations;
    this.salesOrders = salesOrders;
    this.numbers = numbers;
    this.sla = sla;
    this.receivables = receivables;
    this.masters = masters;
    this.props = props;
    this.clock = clock;
  }

  /** Creates a Pending delivery for an Approved order; returns its number. */
  public String create(DeliveryRequest r) {
    if (r == null) throw BusinessRuleException.invalid(null, "factory.so.body.required");
    var so = salesOrders.locked(OrderInputs.required("salesOrder", r.salesOrder()));
    if (!"Approved".equals(so.status())) {
      throw BusinessRuleException.conflict("salesOrder", "factory.do.so.notApproved", so.soNo(), so.status());
    }
    Long driverId = null;
    if (!OrderInputs.blank(r.driver())) {
      driverId = masters.employee(r.driver().strip())
          .orElseThrow(() -> BusinessRuleException.invalid("driver", "factory.do.driver.unknown", r.driver())).id();
    }
    var vehicle = OrderInputs.blank(r.vehicleNo()) ? null : r.vehicleNo().strip();
    if (vehicle != null && vehicle.length() > 20) throw BusinessRuleException.invalid("vehicleNo", "factory.do.vehicle.tooLong", 20);
    if (r.shipDate() != null && r.etaDate() != null && r.etaDate().isBefore(r.shipDate())) {
      throw BusinessRuleException.invalid("etaDate", "factory.do.eta.beforeShip");
    }
    var notes = OrderInputs.notes(r.notes());
    var lines = lineInputs.resolve(so, r.lines());
    var no = numbers.next("DO", r.shipDate() == null ? today() : r.shipDate());
    var owner = CurrentUser.get().map(KelolaPrincipal::userUuid).orElse(null);
    var by = CurrentUser.idOrNull();
    var id = deliveries.insert(no, so.id(), driverId, vehicle, r.shipDate(), r.etaDate(), notes, owner, by);
    lines.forEach((lineId, qty) -> deliveries.insertLine(id, lineId, qty, by));
    status.moved(new DeliveryRepository.Delivery(id, null, no, so.id(), so.soNo(), null, r.shipDate(), owner), "Pending",
        null);
    sla.start(DeliveryStatus.ENTITY, id, no, "Delivery");
    return no;
  }

  /** Pending → Shipped: the order's reserved stock leaves the warehouse as a shipment to its customer. */
  public void ship(String no, LocalDate shipDate) {
    var so = lockOrderOf(no);
    var d = lockDelivery(no, "Pending");
    var byLine = new LinkedHashMap<Long, OrderRepository.Line>();
    orders.lines(so.id()).forEach(l -> byLine.put(l.id(), l));
    var lines = deliveries.lines(d.id()).stream()
        .sorted(java.util.Comparator.comparingLong(l -> byLine.get(l.soDetailId()).itemId())).toList();
    for (var l : lines) {
      var line = byLine.get(l.soDetailId());
      reservations.issue(so, line.itemId(), line.itemCode(), l.qty(), so.custCode());
    }
    var day = shipDate != null ? shipDate : d.shipDt() != null ? d.shipDt() : today();
    deliveries.shipped(d.id(), day, CurrentUser.idOrNull());
    status.moved(d, "Shipped", null);
  }

  /** Shipped → Delivered: order lines count the goods, the receivable is opened, a full order closes. */
  public void deliver(String no, LocalDate actualDate) {
    var so = lockOrderOf(no);
    var d = lockDelivery(no, "Shipped");
    var day = actualDate != null ? actualDate : today();
    if (d.shipDt() != null && day.isBefore(d.shipDt())) {
      throw BusinessRuleException.invalid("actualDate", "factory.do.actual.beforeShip", Formats.date(d.shipDt()));
    }
    var byLine = new LinkedHashMap<Long, OrderRepository.Line>();
    orders.lines(so.id()).forEach(l -> byLine.put(l.id(), l));
    var netByCode = new LinkedHashMap<String, BigDecimal>();
    for (var l : deliveries.lines(d.id())) {
      var line = byLine.get(l.soDetailId());
      var lineNet = Amounts.share(so.totalAmt(), line.lineAmt(), so.grossAmt());
      netByCode.merge(line.taxCode(), Amounts.share(lineNet, l.qty(), line.qty()), BigDecimal::add);
      orders.delivered(line.id(), l.qty());
    }
    var totals = Pricing.delivered(netByCode, props.taxCodes());
    deliveries.delivered(d.id(), day, totals.total(), CurrentUser.idOrNull());
    var terms = masters.customerTerms(so.custCode())
        .orElseThrow(() -> BusinessRuleException.conflict(null, "factory.so.customer.unknown", so.custCode()));
    receivables.open(new OpenReceivable(so.id(), d.id(), so.custId(), day, terms.termDays(), totals.total(),
        totals.tax()));
    status.moved(d, "Delivered", null);
    sla.complete(DeliveryStatus.ENTITY, d.id(), "Delivery");
    salesOrders.closeIfDelivered(so);
  }

  /** Pending → Cancelled (nothing has left the warehouse yet). */
  public void cancel(String no, String reason) {
    lockOrderOf(no);
    var d = lockDelivery(no, "Pending");
    var note = SalesOrders.reason(reason);
    deliveries.status(d.id(), "Cancelled", CurrentUser.idOrNull());
    status.moved(d, "Cancelled", note);
  }

  private OrderRepository.Order lockOrderOf(String no) {
    var d = find(no);
    return orders.lockById(d.soId()).orElseThrow(() -> BusinessRuleException.notFound("factory.so.notFound"));
  }

  private DeliveryRepository.Delivery lockDelivery(String no, String expected) {
    var d = deliveries.lock(find(no).id()).orElseThrow(() -> BusinessRuleException.notFound("factory.do.notFound"));
    if (!expected.equals(d.status())) {
      throw BusinessRuleException.conflict(null, "factory.do.status.changed", d.doNo(), d.status());
    }
    return d;
  }

  private DeliveryRepository.Delivery find(String no) {
    if (OrderInputs.blank(no) || no.length() > 20) throw BusinessRuleException.notFound("factory.do.notFound");
    return deliveries.find(no).orElseThrow(() -> BusinessRuleException.notFound("factory.do.notFound"));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Formats.WIB));
  }
}
