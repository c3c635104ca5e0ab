package io.kelola.factory.reporting;

import io.kelola.shared.DemoMode;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the four alerts of seed 002 §1.8.D, so the dashboard shows 3 active, 2 critical and
 * 1 warning on a fresh demo. Idempotent: an alert with the same type and message is not added again.
 */
@Component
class FactoryDemoAlerts implements ApplicationRunner {

  record DemoAlert(String module, String type, String severity, String message, boolean read) {}

  static final List<DemoAlert> ALERTS = List.of(
      new DemoAlert("PROD", "ANOMALY", "High", "Reject rate MCH-003 = 8.5% (threshold: 5%)", false),
      new DemoAlert("FIN", "CASHFLOW", "Critical", "Saldo kas negatif dalam 7 hari", false),
      new DemoAlert("FIN", "OVERDUE", "Medium", "3 customer piutang > 30 hari", true),
      new DemoAlert("INV", "STOCK", "Medium", "ITM-005 oversold (-200)", false));

  private final DemoMode demo;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  FactoryDemoAlerts(DemoMode demo, JdbcClient jdbc, TransactionTemplate tx) {
    this.demo = demo;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    tx.executeWithoutResult(s -> ALERTS.forEach(a -> jdbc.sql("""
            INSERT INTO ai_alert (module, alert_type, severity, message, channel, is_read)
            SELECT :module, :type, :severity, :message, 'Dashboard', :read
            WHERE NOT EXISTS (SELECT 1 FROM ai_alert WHERE alert_type = :type AND message = :message)""")
        .param("module", a.module()).param("type", a.type()).param("severity", a.severity())
        .param("message", a.message()).param("read", a.read()).update()));
  }
}
