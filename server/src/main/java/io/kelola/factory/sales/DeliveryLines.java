package io.kelola.factory.sales;

import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a new delivery carries: per order line at most what is still open (ordered − delivered −
 * on other deliveries not yet delivered nor cancelled); no lines given means everything open.
 */
@Component
class DeliveryLines {

  private final OrderRepository orders;
  private final DeliveryRepository deliveries;

  DeliveryLines(OrderRepository orders, DeliveryRepository deliveries) {
    this.orders = orders;
    this.deliveries = deliveries;
  }

  /** Order line id → quantity; the order row is locked by the caller. */
  Map<Long, BigDecimal> resolve(OrderRepository.Order so, List<DeliveryRequest.Line> requested) {
    var committed = deliveries.committed(so.id());
    var open = new LinkedHashMap<Integer, OrderRepository.Line>();
    var remaining = new LinkedHashMap<Integer, BigDecimal>();
    for (var l : orders.lines(so.id())) {
      open.put(l.lineNo(), l);
      remaining.put(l.lineNo(), l.open().subtract(committed.getOrDefault(l.id(), BigDecimal.ZERO)));
    }
    var result = new LinkedHashMap<Long, BigDecimal>();
    if (requested == null || requested.isEmpty()) {
      remaining.forEach((lineNo, qty) -> {
        if (qty.signum() > 0) result.put(open.get(lineNo).id(), qty);
      });
      if (result.isEmpty()) throw BusinessRuleException.conflict("lines", "factory.do.nothingOpen", so.soNo());
      return result;
    }
    if (requested.size() > OrderInputs.MAX_LINES) {
      throw BusinessRuleException.invalid("lines", "factory.so.lines.tooMany", OrderInputs.MAX_LINES);
    }
    for (int i = 0; i < requested.size(); i++) {
      var f = "lines[" + i + "].";
      var r = requested.get(i);
      if (r == null || r.lineNo() == null || !open.containsKey(r.lineNo())) {
        throw BusinessRuleException.invalid(f + "lineNo", "factory.do.line.unknown", r == null ? null : r.lineNo());
      }
      var line = open.get(r.lineNo());
      if (result.containsKey(line.id())) throw BusinessRuleException.invalid(f + "lineNo", "factory.do.line.duplicate", r.lineNo());
      var qty = r.qty();
      if (qty == null || qty.signum() <= 0) throw BusinessRuleException.invalid(f + "qty", "factory.so.qty.positive");
      if (qty.stripTrailingZeros().scale() > 4) throw BusinessRuleException.invalid(f + "qty", "factory.so.qty.scale");
      var left = remaining.get(r.lineNo());
      if (qty.compareTo(left) > 0) {
        throw BusinessRuleException.invalid(f + "qty", "factory.do.qty.overOpen", r.lineNo(),
            left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
      }
      result.put(line.id(), qty.setScale(4, java.math.RoundingMode.UNNECESSARY));
    }
    return result;
  }
}
