package io.kelola.factory.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seed 002 §1.8.B purchase orders are there in demo mode, approved by the seed's people, once. */
@IntegrationTest
class PurchasingDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired PurchasingDemoData demo;

  record Row(String vendor, String status, BigDecimal total, String approvedBy) {}

  private Row row(String no) {
    return jdbc.sql("""
            SELECT v.code, p.status, p.total_amt, u.username FROM t_po p JOIN m_vendor v ON v.id = p.vendor_id
            LEFT JOIN adm_user u ON u.id = p.approved_by WHERE p.po_no = :no""")
        .param("no", no).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)))
        .single();
  }

  @Test
  void theSeedsPurchaseOrdersAreLoadedOnce() {
    assertThat(row("PO-202412-0001")).isEqualTo(new Row("VND-001", "Approved", new BigDecimal("75000000.00"), "direktur"));
    assertThat(row("PO-202412-0002")).isEqualTo(new Row("VND-002", "Pending Director", new BigDecimal("45000000.00"), null));
    assertThat(row("PO-202412-0003")).isEqualTo(new Row("VND-003", "Draft", new BigDecimal("12500000.00"), null));
    var managerStep = jdbc.sql("""
            SELECT u.username FROM log_status s JOIN t_po p ON p.id = s.entity_id JOIN adm_user u ON u.id = s.changed_by
            WHERE s.entity_type = 'PO' AND p.po_no = 'PO-202412-0001' AND s.new_status = 'Pending Director'""")
        .query(String.class).single();
    assertThat(managerStep).isEqualTo("jane.smith");
    demo.run(new DefaultApplicationArguments());
    assertThat(jdbc.sql("SELECT count(*) FROM t_po WHERE po_no LIKE 'PO-202412-%'").query(Long.class).single()).isEqualTo(3);
  }
}
