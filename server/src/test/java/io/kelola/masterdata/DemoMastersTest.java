package io.kelola.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo masters exist in demo mode, with what other modules and demos rely on, and loading twice adds nothing. */
@IntegrationTest
class DemoMastersTest {

  @Autowired MasterLookup lookup;
  @Autowired Certificates certificates;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void seedMastersAreLoadedOnce() throws Exception {
    assertThat(lookup.customer("CUST-005")).isPresent();
    var ext = lookup.item("EXT-001").orElseThrow();
    assertThat(ext.lotTracked()).isTrue();
    assertThat(ext.expiryTracked()).isTrue();
    assertThat(ext.tempMax()).isEqualByComparingTo("8");
    assertThat(lookup.item("ITM-002").orElseThrow().lotTracked()).isTrue();
    assertThat(lookup.item("ITM-003").orElseThrow().reorderPoint()).isGreaterThanOrEqualTo(new BigDecimal("320"));
    assertThat(lookup.location("WH-CS1", "QUAR-01").orElseThrow().holdsUnusableStock()).isTrue();
    assertThat(lookup.location("WH-A1", "QUAR").orElseThrow().kind()).isEqualTo("QUARANTINE");
    assertThat(certificates.expiredForVendor("VND-003", LocalDate.now())).isNotEmpty();
    assertThat(certificates.expiredForVendor("VND-001", LocalDate.now())).isEmpty();

    long before = jdbc.sql("SELECT (SELECT count(*) FROM m_item) + (SELECT count(*) FROM m_loc) + (SELECT count(*) FROM m_cert)")
        .query(Long.class).single();
    var runner = (ApplicationRunner) context.getBean("demoMasters");
    runner.run(new DefaultApplicationArguments());
    long after = jdbc.sql("SELECT (SELECT count(*) FROM m_item) + (SELECT count(*) FROM m_loc) + (SELECT count(*) FROM m_cert)")
        .query(Long.class).single();
    assertThat(after).isEqualTo(before);
  }
}
