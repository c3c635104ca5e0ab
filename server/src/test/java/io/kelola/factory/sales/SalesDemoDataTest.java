package io.kelola.factory.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed's demo sales and delivery orders, loaded once at startup in demo mode. */
@IntegrationTest
class SalesDemoDataTest {

  @Autowired SalesDemoData loader;
  @Autowired JdbcClient jdbc;

  @Test
  void seedOrdersAndDeliveriesExistOnceWithTheirStatuses() {
    loader.run(null);
    assertThat(status("t_so", "so_no", "SO-202412-0001")).isEqualTo("Approved");
    assertThat(status("t_so", "so_no", "SO-202412-0002")).isEqualTo("Pending");
    assertThat(status("t_so", "so_no", "SO-202412-0003")).isEqualTo("Draft");
    assertThat(status("t_so", "so_no", "SO-202412-0004")).isEqualTo("Approved");
    assertThat(status("t_do", "do_no", "DO-202412-0001")).isEqualTo("Delivered");
    assertThat(status("t_do", "do_no", "DO-202412-0002")).isEqualTo("Shipped");
    assertThat(jdbc.sql("SELECT total_amt FROM t_so WHERE so_no = 'SO-202412-0003'").query(BigDecimal.class).single())
        .isEqualByComparingTo("18750000");
    assertThat(jdbc.sql("SELECT total_amt FROM t_so WHERE so_no = 'SO-202412-0004'").query(BigDecimal.class).single())
        .isEqualByComparingTo("431200000");
    assertThat(jdbc.sql("SELECT count(*) FROM t_so WHERE so_no LIKE 'SO-202412-%'").query(Long.class).single())
        .isEqualTo(4);
    assertThat(jdbc.sql("""
            SELECT e.name FROM t_do d JOIN m_emp e ON e.id = d.driver_id WHERE d.do_no = 'DO-202412-0001'""")
        .query(String.class).single()).isEqualTo("Pak Budi");
    assertThat(jdbc.sql("""
            SELECT count(*) FROM t_ar a JOIN t_do d ON d.id = a.do_id WHERE d.do_no = 'DO-202412-0001'""")
        .query(Long.class).single()).isEqualTo(1);
  }

  private String status(String table, String column, String no) {
    return jdbc.sql("SELECT status FROM " + table + " WHERE " + column + " = :no").param("no", no).query(String.class)
        .single();
  }
}
