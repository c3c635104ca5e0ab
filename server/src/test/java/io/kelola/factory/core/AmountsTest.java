package io.kelola.factory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Document arithmetic against the seed's sample lines and hand-computed PPN. */
class AmountsTest {

  private static final FactoryProperties DEFAULTS = new FactoryProperties(null, null, null, null, null, null, null, null);

  @Test
  void seedLinesComeOutAsPrinted() {
    assertThat(Amounts.line(bd("500"), bd("65000"), bd("0"))).isEqualByComparingTo("32500000");
    assertThat(Amounts.line(bd("1000"), bd("65000"), bd("5"))).isEqualByComparingTo("61750000");
    assertThat(Amounts.line(bd("2000"), bd("220000"), bd("2"))).isEqualByComparingTo("431200000");
  }

  @Test
  void lineRoundsHalfUpToTheCentOnce() {
    // 3 × 333.33 × 0.985 = 984.99 (984.9901 exactly)
    assertThat(Amounts.line(bd("3"), bd("333.33"), bd("1.5"))).isEqualByComparingTo("984.99");
    // 0.5 cent rounds up
    assertThat(Amounts.line(bd("1"), bd("0.01"), bd("50"))).isEqualByComparingTo("0.01");
    assertThat(Amounts.discounted(bd("1000.00"), bd("12.5"))).isEqualByComparingTo("875.00");
    assertThat(Amounts.share(bd("100.00"), bd("1"), bd("3"))).isEqualByComparingTo("33.33");
    assertThat(Amounts.share(bd("100.00"), bd("1"), BigDecimal.ZERO)).isEqualByComparingTo("0");
  }

  @Test
  void ordinaryGoodsPayTwelvePercentOnElevenTwelfths() {
    var ppn = DEFAULTS.taxCodes().get("PPN");
    assertThat(ppn.dpp(bd("32500000"))).isEqualByComparingTo("29791666.67");
    // 12 % × 11/12 = 11 % effective: 3.575.000
    assertThat(ppn.tax(bd("32500000"))).isEqualByComparingTo("3575000");
    // whole rupiah, half-up, on the unrounded base: 11 % of 1.234.567 = 135.802,37 → 135.802
    assertThat(ppn.tax(bd("1234567"))).isEqualByComparingTo("135802");
    assertThat(ppn.tax(bd("50"))).isEqualByComparingTo("6"); // 5.5 → 6
    assertThat(DEFAULTS.taxCodes().get("PPN_LUX").tax(bd("1000000"))).isEqualByComparingTo("120000");
    assertThat(DEFAULTS.taxCodes().get("EXEMPT").tax(bd("1000000"))).isEqualByComparingTo("0");
  }

  @Test
  void settingsRefuseNonsense() {
    assertThatThrownBy(() -> new TaxCode(bd("1.5"), BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FactoryProperties(null, bd("-1"), null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FactoryProperties(null, null, null, "PPN_X", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DEFAULTS.slaTarget("SO", "Approval")).hasValue(java.time.Duration.ofHours(24));
    assertThat(DEFAULTS.slaTarget("SO", "Delivery")).isEmpty();
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
