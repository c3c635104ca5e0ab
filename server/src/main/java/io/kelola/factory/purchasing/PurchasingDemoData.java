package io.kelola.factory.purchasing;

import io.kelola.shared.DemoMode;
import io.kelola.shared.security.KelolaPrincipal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seed 002 §1.8.B purchase orders (demo mode only), after the demo stock (@Order 200). They go
 * through the real use cases, each step signed by the demo user the seed names: admin writes them,
 * jane.smith approves at manager level (the seed's audit sample), direktur above the threshold.
 * Skipped when any December 2024 PO exists, so restarts change nothing.
 */
@Component
@Order(250)
class PurchasingDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PurchasingDemoData.class);

  private final DemoMode demo;
  private final PurchaseOrders orders;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  PurchasingDemoData(DemoMode demo, PurchaseOrders orders, JdbcClient jdbc, TransactionTemplate tx) {
    this.demo = demo;
    this.orders = orders;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled() || loaded()) return;
    try {
      tx.executeWithoutResult(s -> load());
      log.info("Loaded demo purchase orders");
    } catch (RuntimeException e) {
      // a demo without some master (e.g. deleted) still starts
      log.warn("Demo purchase orders skipped: {}", e.getMessage());
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  boolean loaded() {
    return jdbc.sql("SELECT count(*) FROM t_po WHERE po_no LIKE 'PO-202412-%'").query(Long.class).single() > 0;
  }

  private void load() {
    as("admin");
    var first = orders.create(po("VND-001", LocalDate.of(2024, 12, 18), "ITM-004", "1000", "75000"));
    var second = orders.create(po("VND-002", LocalDate.of(2024, 12, 20), "ITM-002", "3600", "12500"));
    orders.create(po("VND-003", LocalDate.of(2024, 12, 25), "ITM-002", "1000", "12500"));
    orders.submit(first);
    orders.submit(second);
    as("jane.smith");
    orders.approve(first, null);
    orders.approve(second, null);
    as("direktur");
    orders.approve(first, null);
  }

  private static PoRequest po(String vendor, LocalDate date, String item, String qty, String price) {
    return new PoRequest(vendor, date, date.plusDays(14), "WH-A1", null,
        List.of(new PoRequest.Line(item, new BigDecimal(qty), new BigDecimal(price), null)));
  }

  /** Acts as this demo user, with their role's permissions, for the steps that follow. */
  private void as(String username) {
    var p = jdbc.sql("""
            SELECT u.id, u.uuid, u.username, COALESCE(u.full_name, u.username) AS name, r.code AS role,
                   COALESCE(string_agg(pm.code, ' '), '') AS perms
            FROM adm_user u JOIN adm_role r ON r.id = u.role_id
            LEFT JOIN adm_role_permission rp ON rp.role_id = r.id LEFT JOIN adm_permission pm ON pm.id = rp.permission_id
            WHERE u.username = :u GROUP BY u.id, u.uuid, u.username, u.full_name, r.code""")
        .param("u", username)
        .query((rs, n) -> new KelolaPrincipal(rs.getLong("id"), rs.getObject("uuid", UUID.class), rs.getString("username"),
            rs.getString("name"), rs.getString("role"), Set.of(rs.getString("perms").split(" ")), 0L, null))
        .optional().orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, List.of()));
  }
}
