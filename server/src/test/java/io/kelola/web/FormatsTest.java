package io.kelola.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Money as Rp10.000 and times in WIB, the way Indonesian users read them. */
class FormatsTest {

  @Test
  void rupiahUsesDotsForThousandsAndNoDecimals() {
    assertThat(Formats.rupiah(new BigDecimal("10000"))).isEqualTo("Rp10.000");
    assertThat(Formats.rupiah(new BigDecimal("625750000"))).isEqualTo("Rp625.750.000");
    assertThat(Formats.rupiah(new BigDecimal("999.5"))).isEqualTo("Rp1.000");
    assertThat(Formats.rupiah(new BigDecimal("-200"))).isEqualTo("-Rp200");
    assertThat(Formats.rupiah(BigDecimal.ZERO)).isEqualTo("Rp0");
    assertThat(Formats.rupiah(null)).isEmpty();
  }

  @Test
  void timesAreShownInWib() {
    assertThat(Formats.wibDateTime(Instant.parse("2026-05-27T04:10:00Z"))).isEqualTo("27-05-2026 11:10 WIB");
    assertThat(Formats.wibDateTime(Instant.parse("2026-12-31T17:30:00Z"))).isEqualTo("01-01-2027 00:30 WIB");
  }
}
