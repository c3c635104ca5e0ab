package io.kelola.factory.sales;

import io.kelola.inventory.ReservationRequest;
import io.kelola.inventory.ReservationView;
import io.kelola.inventory.StockLedger;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stock a sales order holds: reserved at approval (earliest expiry first, by the ledger),
 * issued to the customer when a delivery ships, released when the order is cancelled or closed
 * short. {@code t_so_resv} remembers which ledger reservations belong to which order.
 */
@Component
class OrderReservations {

  static final String DOC_TYPE = "SO";

  private final StockLedger ledger;
  private final JdbcClient jdbc;

  OrderReservations(StockLedger ledger, JdbcClient jdbc) {
    this.ledger = ledger;
    this.jdbc = jdbc;
  }

  /**
   * Reserves every line; a line stock cannot cover refuses the whole approval (the caller's
   * transaction rolls back) naming the item and what is available.
   */
  void reserve(OrderRepository.Order so, List<OrderRepository.Line> lines, boolean allowBackorder) {
    // one order of balance locks for every document (by item), so two approvals cannot deadlock
    var byItem = lines.stream().sorted(java.util.Comparator.comparingLong(OrderRepository.Line::itemId)
        .thenComparingInt(OrderRepository.Line::lineNo)).toList();
    for (var l : byItem) {
      try {
        reserve(so, l.itemId(), l.itemCode(), l.qty(), null, null, allowBackorder);
      } catch (BusinessRuleException e) {
        if (!"inventory.insufficient".equals(e.messageKey())) throw e;
        var available = e.args().length > 0 ? e.args()[0] : BigDecimal.ZERO;
        throw BusinessRuleException.conflict("lines[" + (l.lineNo() - 1) + "].qty", "factory.so.stock.short",
            l.itemCode(), available, l.qty().stripTrailingZeros().toPlainString());
      }
    }
  }

  private void reserve(OrderRepository.Order so, long itemId, String item, BigDecimal qty, String lotNo, String location,
      boolean allowBackorder) {
    var result = ledger.reserve(new ReservationRequest(item, so.whCode(), qty, null, DOC_TYPE, so.soNo(),
        allowBackorder, lotNo, location));
    result.reservations().forEach(r -> remember(so.id(), itemId, r.uuid()));
  }

  /** Active reservations of the order, oldest first (the ledger allocated them earliest expiry first). */
  List<ReservationView> active(long soId) {
    return uuids(soId, null).stream().map(ledger::reservation).filter(v -> "ACTIVE".equals(v.status())).toList();
  }

  List<ReservationView> all(long soId) {
    return uuids(soId, null).stream().map(ledger::reservation).toList();
  }

  void releaseAll(long soId) {
    active(soId).forEach(v -> ledger.release(v.uuid()));
  }

  /**
   * Issues {@code qty} of an item from the order's reservations to the customer. A reservation
   * larger than what is left to ship is released and re-made from the same balance as two parts:
   * the shipped part is issued, the rest stays held for later deliveries.
   */
  void issue(OrderRepository.Order so, long itemId, String item, BigDecimal qty, String customer) {
    var left = qty;
    for (var uuid : uuids(so.id(), itemId)) {
      if (left.signum() == 0) break;
      var v = ledger.reservation(uuid);
      if (!"ACTIVE".equals(v.status()) || v.qty().signum() == 0) continue;
      if (v.qty().compareTo(left) <= 0) {
        ledger.issueReserved(uuid, customer);
        left = left.subtract(v.qty());
        continue;
      }
      ledger.release(uuid);
      var shipped = ledger.reserve(new ReservationRequest(item, v.warehouse(), left, null, DOC_TYPE, so.soNo(), false,
          v.lotNo(), v.location()));
      for (var part : shipped.reservations()) {
        remember(so.id(), itemId, part.uuid());
        ledger.issueReserved(part.uuid(), customer);
      }
      reserve(so, itemId, item, v.qty().subtract(left), v.lotNo(), v.location(), false);
      left = BigDecimal.ZERO;
    }
    if (left.signum() > 0) {
      throw BusinessRuleException.conflict(null, "factory.do.stock.notReserved", item, left.stripTrailingZeros().toPlainString());
    }
  }

  private void remember(long soId, long itemId, UUID uuid) {
    jdbc.sql("INSERT INTO t_so_resv (so_id, item_id, resv_uuid) VALUES (:so, :item, :uuid)")
        .param("so", soId).param("item", itemId).param("uuid", uuid).update();
  }

  private List<UUID> uuids(long soId, Long itemId) {
    return new ArrayList<>(jdbc.sql("""
            SELECT resv_uuid FROM t_so_resv
            WHERE so_id = :so AND (CAST(:item AS BIGINT) IS NULL OR item_id = :item) ORDER BY id""")
        .param("so", soId).param("item", itemId).query(UUID.class).list());
  }
}
