package io.kelola.factory.purchasing;

import io.kelola.factory.core.Amounts;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.masterdata.ItemRef;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Checks and prices the lines of a purchase order; every refusal names the line's field. */
@Component
class PoLines {

  static final int MAX_LINES = 200;
  /** Keeps line and document amounts inside NUMERIC(18,2). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

  record Priced(ItemRef item, BigDecimal qty, BigDecimal unitPrice, String taxCode, BigDecimal lineAmt) {}

  record Result(List<Priced> lines, Totals totals) {}

  private final MasterLookup masters;
  private final PoRepository repo;
  private final FactoryProperties props;

  PoLines(MasterLookup masters, PoRepository repo, FactoryProperties props) {
    this.masters = masters;
    this.repo = repo;
    this.props = props;
  }

  Result price(List<PoRequest.Line> lines) {
    if (lines == null || lines.isEmpty()) throw BusinessRuleException.invalid("lines", "factory.po.lines.none");
    if (lines.size() > MAX_LINES) throw BusinessRuleException.invalid("lines", "factory.po.lines.tooMany", MAX_LINES);
    var priced = new ArrayList<Priced>();
    var netByCode = new LinkedHashMap<String, BigDecimal>();
    for (int i = 0; i < lines.size(); i++) {
      var l = lines.get(i);
      var f = "lines[" + i + "].";
      if (l == null) throw BusinessRuleException.invalid("lines[" + i + "]", "factory.po.line.empty");
      var code = Texts.required(f + "item", l.item(), 30);
      var item = masters.item(code).orElseThrow(() -> BusinessRuleException.invalid(f + "item", "factory.po.item.unknown", code));
      var qty = Quantities.positive(f + "qty", l.qty());
      var price = l.unitPrice() == null ? repo.standardCost(item.id()) : l.unitPrice();
      if (price.signum() < 0 || price.stripTrailingZeros().scale() > 2 || price.compareTo(MAX_AMOUNT) >= 0) {
        throw BusinessRuleException.invalid(f + "unitPrice", "factory.po.price.invalid");
      }
      var tax = l.taxCode() == null || l.taxCode().isBlank() ? props.defaultTaxCode()
          : l.taxCode().strip().toUpperCase(Locale.ROOT);
      if (!props.taxCodes().containsKey(tax)) {
        throw BusinessRuleException.invalid(f + "taxCode", "factory.po.taxCode.unknown", Texts.shown(l.taxCode()));
      }
      var amount = Amounts.line(qty, price, BigDecimal.ZERO);
      if (amount.compareTo(MAX_AMOUNT) >= 0) throw BusinessRuleException.invalid(f + "qty", "factory.po.amount.tooLarge");
      priced.add(new Priced(item, qty, price.setScale(2), tax, amount));
      netByCode.merge(tax, amount, BigDecimal::add);
    }
    var totals = Totals.of(netByCode, props);
    if (totals.grand().compareTo(MAX_AMOUNT) >= 0) throw BusinessRuleException.invalid("lines", "factory.po.amount.tooLarge");
    return new Result(priced, totals);
  }
}
