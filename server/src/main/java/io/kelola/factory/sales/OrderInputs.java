package io.kelola.factory.sales;

import io.kelola.factory.core.Amounts;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.masterdata.CustomerTerms;
import io.kelola.masterdata.MasterLookup;
import io.kelola.masterdata.WarehouseRef;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a typed sales order and resolves its codes, before anything is written. Field names in
 * refusals follow the request ({@code lines[2].qty}).
 */
@Component
class OrderInputs {

  static final int MAX_LINES = 200;
  /** NUMERIC(18,2) holds 16 integer digits; anything near that is a typing mistake, not an order. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
  static final BigDecimal MAX_QTY = new BigDecimal("1000000000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A checked order, ready to store. */
  record Resolved(CustomerTerms customer, WarehouseRef warehouse, LocalDate orderDate, LocalDate deadline,
      BigDecimal discPct, String notes, List<Line> lines, Pricing.Totals totals) {}

  record Line(int lineNo, long itemId, String itemCode, BigDecimal qty, BigDecimal unitPrice, BigDecimal discPct,
      String taxCode, BigDecimal amount) {}

  private final MasterLookup masters;
  private final FactoryProperties props;
  private final JdbcClient jdbc;
  private final Clock clock;

  OrderInputs(MasterLookup masters, FactoryProperties props, JdbcClient jdbc, Clock clock) {
    this.masters = masters;
    this.props = props;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Resolved resolve(SalesOrderRequest r) {
    if (r == null) throw BusinessRuleException.invalid(null, "factory.so.body.required");
    var custCode = required("customer", r.customer());
    var customer = masters.customerTerms(custCode)
        .orElseThrow(() -> BusinessRuleException.invalid("customer", "factory.so.customer.unknown", custCode));
    var whCode = blank(r.warehouse()) ? props.salesWarehouse() : r.warehouse().strip();
    var warehouse = masters.warehouse(whCode)
        .orElseThrow(() -> BusinessRuleException.invalid("warehouse", "factory.so.warehouse.unknown", whCode));
    var orderDate = r.orderDate() == null ? LocalDate.now(clock.withZone(Formats.WIB)) : r.orderDate();
    if (r.deadline() != null && r.deadline().isBefore(orderDate)) {
      throw BusinessRuleException.invalid("deadline", "factory.so.deadline.beforeOrder");
    }
    var disc = percent("discPct", r.discPct());
    var notes = notes(r.notes());
    if (r.lines() == null || r.lines().isEmpty()) throw BusinessRuleException.invalid("lines", "factory.so.lines.required");
    if (r.lines().size() > MAX_LINES) throw BusinessRuleException.invalid("lines", "factory.so.lines.tooMany", MAX_LINES);
    var lines = new ArrayList<Line>();
    for (int i = 0; i < r.lines().size(); i++) lines.add(line(i, r.lines().get(i)));
    var totals = Pricing.order(lines.stream().map(l -> new Pricing.Taxed(l.amount(), l.taxCode())).toList(), disc,
        props.taxCodes());
    if (totals.grand().compareTo(MAX_AMOUNT) > 0) throw BusinessRuleException.invalid("lines", "factory.so.total.tooLarge");
    return new Resolved(customer, warehouse, orderDate, r.deadline(), disc, notes, List.copyOf(lines), totals);
  }

  private Line line(int i, SalesOrderRequest.Line l) {
    var f = "lines[" + i + "].";
    if (l == null) throw BusinessRuleException.invalid(f + "item", "factory.so.line.itemRequired");
    var code = required(f + "item", l.item());
    var item = masters.item(code).orElseThrow(() -> BusinessRuleException.invalid(f + "item", "factory.so.item.unknown", code));
    var qty = l.qty();
    if (qty == null || qty.signum() <= 0) throw BusinessRuleException.invalid(f + "qty", "factory.so.qty.positive");
    if (qty.stripTrailingZeros().scale() > 4) throw BusinessRuleException.invalid(f + "qty", "factory.so.qty.scale");
    if (qty.compareTo(MAX_QTY) > 0) throw BusinessRuleException.invalid(f + "qty", "factory.so.qty.tooLarge");
    var price = l.unitPrice() != null ? l.unitPrice() : sellPrice(item.id());
    if (price == null) throw BusinessRuleException.invalid(f + "unitPrice", "factory.so.price.required", code);
    if (price.signum() < 0) throw BusinessRuleException.invalid(f + "unitPrice", "factory.so.price.negative");
    if (price.stripTrailingZeros().scale() > 2 || price.compareTo(MAX_AMOUNT) > 0) {
      throw BusinessRuleException.invalid(f + "unitPrice", "factory.so.price.format");
    }
    var disc = percent(f + "discPct", l.discPct());
    var tax = blank(l.taxCode()) ? props.defaultTaxCode() : l.taxCode().strip();
    if (!props.taxCodes().containsKey(tax)) throw BusinessRuleException.invalid(f + "taxCode", "factory.so.taxCode.unknown", tax);
    var q = qty.setScale(4, java.math.RoundingMode.UNNECESSARY);
    var p = price.setScale(2, java.math.RoundingMode.UNNECESSARY);
    return new Line(i + 1, item.id(), item.code(), q, p, disc, tax, Amounts.line(q, p, disc));
  }

  private BigDecimal sellPrice(long itemId) {
    var prices = jdbc.sql("SELECT sell_price FROM m_item WHERE id = :id").param("id", itemId).query(BigDecimal.class)
        .list();
    return prices.isEmpty() ? null : prices.getFirst();
  }

  static BigDecimal percent(String field, BigDecimal value) {
    if (value == null) return BigDecimal.ZERO.setScale(2);
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw BusinessRuleException.invalid(field, "factory.so.disc.range");
    }
    if (value.stripTrailingZeros().scale() > 2) throw BusinessRuleException.invalid(field, "factory.so.disc.range");
    return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  static String notes(String notes) {
    if (blank(notes)) return null;
    var n = notes.strip();
    if (n.length() > 500) throw BusinessRuleException.invalid("notes", "factory.so.notes.tooLong", 500);
    return n;
  }

  static String required(String field, String value) {
    if (blank(value)) throw BusinessRuleException.invalid(field, "factory.so.field.required");
    return value.strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
