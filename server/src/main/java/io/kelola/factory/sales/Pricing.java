package io.kelola.factory.sales;

import io.kelola.factory.core.Amounts;
import io.kelola.factory.core.TaxCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document totals. Rounding, always half-up: each line amount (qty × price × (1 − line disc)) to
 * the cent; the header discount once on the sum of the lines (gross → total) to the cent; the total
 * is split over the tax codes in proportion to their lines, each share to the cent with the last
 * code taking the remainder so the shares add up to the total exactly; PPN per tax code on its
 * share, to whole rupiah (see {@link TaxCode#tax}); grand = total + Σ PPN.
 */
final class Pricing {

  /** A line amount with its tax code. */
  record Taxed(BigDecimal amount, String taxCode) {}

  record Totals(BigDecimal gross, BigDecimal total, Map<String, BigDecimal> netByCode, Map<String, BigDecimal> taxByCode,
      BigDecimal tax, BigDecimal grand) {}

  private Pricing() {}

  static Totals order(List<Taxed> lines, BigDecimal headerDisc, Map<String, TaxCode> codes) {
    var gross = BigDecimal.ZERO.setScale(2);
    var byCode = new LinkedHashMap<String, BigDecimal>();
    for (var l : lines) {
      gross = gross.add(l.amount());
      byCode.merge(l.taxCode(), l.amount(), BigDecimal::add);
    }
    var total = Amounts.discounted(gross, headerDisc);
    var nets = new LinkedHashMap<String, BigDecimal>();
    var left = total;
    var keys = List.copyOf(byCode.keySet());
    for (int i = 0; i < keys.size(); i++) {
      var share = i == keys.size() - 1 ? left : Amounts.share(total, byCode.get(keys.get(i)), gross);
      nets.put(keys.get(i), share);
      left = left.subtract(share);
    }
    return taxed(gross, total, nets, codes);
  }

  /** PPN of already discounted nets per tax code (a delivery's share of its order). */
  static Totals delivered(Map<String, BigDecimal> netByCode, Map<String, TaxCode> codes) {
    var total = netByCode.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return taxed(total, total, netByCode, codes);
  }

  private static Totals taxed(BigDecimal gross, BigDecimal total, Map<String, BigDecimal> nets,
      Map<String, TaxCode> codes) {
    var taxes = new LinkedHashMap<String, BigDecimal>();
    var tax = BigDecimal.ZERO.setScale(2);
    for (var e : nets.entrySet()) {
      var t = codes.get(e.getKey()).tax(e.getValue());
      taxes.put(e.getKey(), t);
      tax = tax.add(t);
    }
    return new Totals(gross, total, nets, taxes, tax, total.add(tax));
  }
}
