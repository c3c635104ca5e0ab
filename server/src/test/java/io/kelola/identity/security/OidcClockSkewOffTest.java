package io.kelola.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With OIDC off (the default) the skew gauge is still published, at 0. */
@IntegrationTest
class OidcClockSkewOffTest {

  @Autowired MeterRegistry registry;

  @Test
  void theGaugeIsRegisteredAndZeroWithoutAnIdentityProvider() {
    assertThat(registry.get(OidcClockSkew.METRIC).gauge().value()).isZero();
  }
}
