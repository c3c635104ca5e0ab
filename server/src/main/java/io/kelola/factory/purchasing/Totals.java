package io.kelola.factory.purchasing;

import io.kelola.factory.core.FactoryProperties;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Net (before PPN), PPN and grand total of a set of lines; PPN is computed once per tax code. */
record Totals(BigDecimal net, BigDecimal tax, BigDecimal grand) {

  /** @param netByTaxCode net amount of the lines per tax code */
  static Totals of(Map<String, BigDecimal> netByTaxCode, FactoryProperties props) {
    var net = BigDecimal.ZERO.setScale(2);
    var tax = BigDecimal.ZERO.setScale(2);
    for (var e : new TreeMap<>(netByTaxCode).entrySet()) {
      net = net.add(e.getValue());
      tax = tax.add(props.taxCodes().get(e.getKey()).tax(e.getValue()));
    }
    return new Totals(net, tax, net.add(tax));
  }
}
