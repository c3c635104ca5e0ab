package io.kelola.factory.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data (tests run in demo mode): seed work orders, 14 days of shift logs, maintenance; a rerun adds nothing. */
@IntegrationTest
class ProductionDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired ProductionDemoData demo;

  record Wo(String no, String item, String machine, BigDecimal plan, BigDecimal actual, String status) {}

  List<Wo> seedOrders() {
    return jdbc.sql("""
            SELECT w.wo_no, i.code AS item, m.code AS machine, w.plan_qty, w.actual_qty, w.status FROM t_wo w
            JOIN m_item i ON i.id = w.item_id JOIN m_machine m ON m.id = w.machine_id
            WHERE w.wo_no LIKE 'WO-202412-%' ORDER BY w.wo_no""")
        .query((rs, n) -> new Wo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
            rs.getBigDecimal(5), rs.getString(6))).list();
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void seedOrdersShiftLogsAndMaintenanceAreThereOnce() {
    var orders = seedOrders();
    assertThat(orders).extracting(Wo::no).containsExactly("WO-202412-0001", "WO-202412-0002", "WO-202412-0003");
    assertThat(orders.get(0).item()).isEqualTo("ITM-001");
    assertThat(orders.get(0).actual()).isEqualByComparingTo("980");
    assertThat(orders.get(0).status()).isEqualTo("Done");
    assertThat(orders.get(1).machine()).isEqualTo("MCH-002");
    assertThat(orders.get(1).actual()).isEqualByComparingTo("320");
    assertThat(orders.get(1).status()).isEqualTo("In Progress");
    assertThat(orders.get(2).plan()).isEqualByComparingTo("2000");
    assertThat(orders.get(2).status()).isEqualTo("Scheduled");
    var logs = "SELECT count(*) FROM t_shift_log s JOIN m_machine m ON m.id = s.machine_id WHERE m.code LIKE 'MCH-00_'";
    var maint = "SELECT count(*) FROM t_maint t JOIN m_machine m ON m.id = t.machine_id WHERE m.code LIKE 'MCH-00_'";
    long before = count(logs);
    assertThat(before).isGreaterThanOrEqualTo(3 * 14 * 2);
    assertThat(count(maint)).isEqualTo(2);
    // MCH-003 rejects about 8.5 % of its output
    var share = jdbc.sql("""
            SELECT sum(r.reject_qty) / sum(r.output_qty) FROM rpt_oee_day r JOIN m_machine m ON m.id = r.machine_id
            WHERE m.code = 'MCH-003'""").query(BigDecimal.class).single();
    assertThat(share).isBetween(new BigDecimal("0.08"), new BigDecimal("0.09"));

    ApplicationArguments none = new DefaultApplicationArguments();
    demo.run(none);
    assertThat(seedOrders()).hasSize(3);
    assertThat(count(logs)).isEqualTo(before);
    assertThat(count(maint)).isEqualTo(2);
  }
}
