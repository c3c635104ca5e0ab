package io.kelola.factory.production;

import io.kelola.factory.production.ShiftLogRecords.NewShiftLog;
import io.kelola.factory.production.WorkOrderRequests.MaterialLine;
import io.kelola.factory.production.WorkOrderRequests.NewWorkOrder;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.DemoMode;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production demo data (demo mode only), after the demo stock (@Order 200): the three seed 002
 * §1.8.B work orders, shift logs of the last 14 WIB days on MCH-001..003 (OEE around 85 %, MCH-003
 * rejecting about 8.5 %) and two maintenance records. Each part checks what exists first, so a
 * restart adds nothing twice (and only fills shift logs of days that passed since).
 */
@Component
@Order(300)
class ProductionDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ProductionDemoData.class);

  /** Downtime base (minutes of 480), output as a share of capacity while running, reject share. */
  record Profile(String machine, int downtime, double performance, double rejectShare, String errorCode) {}

  static final List<Profile> PROFILES = List.of(
      new Profile("MCH-001", 14, 0.95, 0.015, "SETUP"),
      new Profile("MCH-002", 18, 0.94, 0.014, "MAT"),
      new Profile("MCH-003", 10, 0.97, 0.085, "QUAL"));

  static final List<String> OPERATORS = List.of("3201010101900001", "3201010101900003");

  private final DemoMode demo;
  private final WorkOrders orders;
  private final WorkOrderRepository repo;
  private final ShiftLogs shifts;
  private final ShiftLogRepository shiftRows;
  private final MaintenanceLog maintenance;
  private final MasterLookup masters;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  ProductionDemoData(DemoMode demo, WorkOrders orders, WorkOrderRepository repo, ShiftLogs shifts,
      ShiftLogRepository shiftRows, MaintenanceLog maintenance, MasterLookup masters, JdbcClient jdbc,
      TransactionTemplate tx) {
    this.demo = demo;
    this.orders = orders;
    this.repo = repo;
    this.shifts = shifts;
    this.shiftRows = shiftRows;
    this.maintenance = maintenance;
    this.masters = masters;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled()) return;
    guarded("work orders", this::workOrders);
    guarded("shift logs", this::shiftLogs);
    guarded("maintenance", this::maintenance);
  }

  private static void guarded(String what, Runnable load) {
    try {
      load.run();
    } catch (BusinessRuleException e) {
      log.warn("Demo production {} skipped: {} {}", what, e.messageKey(), java.util.Arrays.toString(e.args()));
    }
  }

  private void workOrders() {
    long existing = jdbc.sql("SELECT count(*) FROM t_wo WHERE wo_no LIKE 'WO-202412-%'").query(Long.class).single();
    if (existing > 0 || !present("ITM-001", "ITM-003", "ITM-005", "MCH-001", "MCH-002", "MCH-003")) return;
    tx.executeWithoutResult(s -> {
      order("ITM-001", "MCH-001", "WH-B1", LocalDate.of(2024, 12, 2), "1000", "980", "20", "ITM-002", "WH-A1", "250",
          WorkOrderViews.DONE);
      order("ITM-003", "MCH-002", "WH-C1", LocalDate.of(2024, 12, 9), "500", "320", "6", "ITM-004", "WH-A1", "60",
          WorkOrderViews.IN_PROGRESS);
      order("ITM-005", "MCH-003", "WH-B1", LocalDate.of(2024, 12, 16), "2000", "0", "0", null, null, null,
          WorkOrderViews.SCHEDULED);
    });
  }

  /**
   * One seed order, numbered in its December 2024 month. The seed's stock levels (§1.8 t_inv) are a
   * snapshot taken after these orders ran, so their output and material use already sit in the
   * opening balances: quantities are set on the order WITHOUT ledger moves, on purpose, to keep the
   * demo stock equal to the seed. Real orders always move stock through the ledger.
   */
  private void order(String item, String machine, String wh, LocalDate start, String plan, String actual,
      String reject, String material, String materialWh, String materialQty, String status) {
    var materials = material == null || masters.item(material).isEmpty() ? List.<MaterialLine>of()
        : List.of(new MaterialLine(material, materialWh, new BigDecimal(materialQty)));
    var wo = orders.create(new NewWorkOrder(item, machine, wh, null, start, start.plusDays(6), new BigDecimal(plan),
        materials, "Seed 002 demo"), start);
    if (status.equals(WorkOrderViews.SCHEDULED)) return;
    orders.start(wo.woNo(), null);
    var locked = repo.lock(wo.woNo()).orElseThrow();
    repo.addOutput(locked.id(), new BigDecimal(actual), new BigDecimal(reject), null, null);
    if (!materials.isEmpty()) {
      var done = new BigDecimal(actual).add(new BigDecimal(reject));
      var used = new BigDecimal(materialQty).multiply(done).divide(new BigDecimal(plan), 4, java.math.RoundingMode.HALF_UP);
      repo.addIssued(locked.id(), masters.item(material).orElseThrow().id(), used);
    }
    if (status.equals(WorkOrderViews.DONE)) orders.finish(wo.woNo(), "Seed 002 demo");
  }

  /** Shifts 1 and 2 of the last 14 days with small day-to-day variation; existing shifts are left alone. */
  private void shiftLogs() {
    var today = shifts.today();
    for (var p : PROFILES) {
      var machine = masters.machine(p.machine());
      if (machine.isEmpty() || machine.get().capPerHr() == null) continue;
      var cap = machine.get().capPerHr().doubleValue();
      for (int day = 14; day >= 1; day--) {
        var date = today.minusDays(day);
        for (int shift = 1; shift <= 2; shift++) {
          var shiftNo = String.valueOf(shift);
          if (shiftRows.exists(machine.get().id(), date, shiftNo)) continue;
          var operator = OPERATORS.get(shift - 1);
          if (masters.employee(operator).isEmpty()) continue;
          int seed = date.getDayOfYear() * 7 + shift * 3;
          int downtime = p.downtime() + seed % 17;
          double ideal = cap * (480 - downtime) / 60.0;
          long output = Math.round(ideal * (p.performance() - (seed % 5) / 100.0));
          long reject = Math.round(output * p.rejectShare());
          var code = downtime > p.downtime() + 10 ? p.errorCode() : null;
          tx.executeWithoutResult(s -> shifts.create(new NewShiftLog(p.machine(), operator, date, shiftNo, 480, BigDecimal.valueOf(output), BigDecimal.valueOf(reject),
              BigDecimal.valueOf(downtime), code, null)));
        }
      }
    }
  }

  private void maintenance() {
    var today = shifts.today();
    record("MCH-002", today.minusDays(10), "Preventive", "2500000", "4", "Ganti oli hidrolik dan filter");
    record("MCH-003", today.minusDays(4), "Corrective", "1750000", "6", "Kalibrasi ulang torch setelah reject tinggi");
  }

  private void record(String machine, LocalDate date, String type, String cost, String hours, String notes) {
    var ref = masters.machine(machine);
    if (ref.isEmpty()) return;
    long n = jdbc.sql("SELECT count(*) FROM t_maint WHERE machine_id = :m").param("m", ref.get().id())
        .query(Long.class).single();
    if (n > 0) return;
    tx.executeWithoutResult(s -> maintenance.record(new MaintenanceLog.NewMaintenance(machine, date, type,
        new BigDecimal(cost), new BigDecimal(hours), notes)));
  }

  private boolean present(String... codes) {
    for (var c : codes) {
      if (c.startsWith("MCH-") ? masters.machine(c).isEmpty() : masters.item(c).isEmpty()) {
        log.info("Demo production: master {} missing, demo work orders skipped", c);
        return false;
      }
    }
    return true;
  }
}
