package io.kelola.factory.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo cash: opening plus demo receipts make Rp1.250.000.000 on KAS-01, and a rerun adds nothing. */
@IntegrationTest
class FinanceDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired FinanceDemoData demo;

  private BigDecimal demoSum() {
    return jdbc.sql("""
            SELECT COALESCE(SUM(t.amt), 0) FROM t_cash_txn t JOIN t_cash_acct a ON a.id = t.cash_acct_id
            WHERE a.code = 'KAS-01' AND (t.category = 'OPENING' OR t.ref = 'DEMO-TRF-001')""")
        .query(BigDecimal.class).single();
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) FROM t_cash_txn t JOIN t_cash_acct a ON a.id = t.cash_acct_id WHERE a.code = 'KAS-01'")
        .query(Long.class).single();
  }

  @Test
  void demoCashBalanceIsTheSeedsAndReloadingChangesNothing() {
    assertThat(demoSum()).isEqualByComparingTo("1250000000");
    var before = rows();
    demo.run(null);
    assertThat(rows()).isEqualTo(before);
    assertThat(demoSum()).isEqualByComparingTo("1250000000");
  }
}
