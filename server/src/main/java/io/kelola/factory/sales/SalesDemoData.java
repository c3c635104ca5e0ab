package io.kelola.factory.sales;

import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.DemoMode;
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
 * Demo sales (demo mode only), after the demo stock (@Order 200): the seed 002 §1.8.B sales and
 * delivery orders, made through the same services as by hand so numbers, reservations, history and
 * the receivable are real. Where the seed contradicts itself the rules win: DO-202412-0001 is
 * "Delivered" while SO-202412-0001 stays "Approved", so it delivers part of the order (300 of 500);
 * DO-202412-0002 is in transit with 1000 of the 2000 ordered. Runs once (skipped when
 * SO-202412-0001 exists); a missing master skips it all, never failing startup.
 */
@Component
@Order(300)
class SalesDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SalesDemoData.class);
  private static final String WH = "WH-B1";
  private static final String BUDI = "3201010101900005";
  private static final String JOKO = "3201010101900006";

  private final DemoMode demo;
  private final MasterLookup masters;
  private final SalesOrders orders;
  private final Deliveries deliveries;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  SalesDemoData(DemoMode demo, MasterLookup masters, SalesOrders orders, Deliveries deliveries, JdbcClient jdbc,
      TransactionTemplate tx) {
    this.demo = demo;
    this.masters = masters;
    this.orders = orders;
    this.deliveries = deliveries;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demo.enabled() || loaded() || !mastersPresent()) return;
    try {
      tx.executeWithoutResult(s -> load());
    } catch (RuntimeException e) {
      log.warn("Demo sales orders skipped: {}", e.toString());
    }
  }

  private void load() {
    var so1 = orders.create(order("CUST-001", "2024-12-20", line("ITM-001", 500, "65000", null)));
    var so2 = orders.create(order("CUST-003", "2024-12-22", line("ITM-001", 1000, "65000", "5"),
        line("ITM-003", 500, "125000", null)));
    // 150 × Rp125.000 = Rp18.750.000, the seed's total
    orders.create(order("CUST-002", "2024-12-25", line("ITM-003", 150, "125000", null)));
    var so4 = orders.create(order("CUST-005", "2024-12-27", line("ITM-005", 2000, "220000", "2")));
    orders.submit(so1);
    orders.approve(so1, null);
    orders.submit(so2);
    orders.submit(so4);
    // only demo data may oversell: the seed shows ITM-005 "Oversold -200" (1800 on hand, 2000 ordered)
    orders.approveAllowingBackorder(so4, null);
    var do1 = deliveries.create(new DeliveryRequest(so1, BUDI, "B 9123 KLA", LocalDate.parse("2024-12-22"),
        LocalDate.parse("2024-12-23"), null, List.of(new DeliveryRequest.Line(1, BigDecimal.valueOf(300)))));
    deliveries.ship(do1, LocalDate.parse("2024-12-22"));
    deliveries.deliver(do1, LocalDate.parse("2024-12-23"));
    var do2 = deliveries.create(new DeliveryRequest(so4, JOKO, "B 9456 KLA", LocalDate.parse("2024-12-28"),
        LocalDate.parse("2024-12-30"), null, List.of(new DeliveryRequest.Line(1, BigDecimal.valueOf(1000)))));
    deliveries.ship(do2, LocalDate.parse("2024-12-28"));
    log.info("Demo sales orders loaded: {} {} {} {}", so1, so2, do1, do2);
  }

  private boolean loaded() {
    return jdbc.sql("SELECT count(*) FROM t_so WHERE so_no = 'SO-202412-0001'").query(Long.class).single() > 0;
  }

  private boolean mastersPresent() {
    for (var c : List.of("CUST-001", "CUST-002", "CUST-003", "CUST-005")) {
      if (masters.customer(c).isEmpty()) return missing(c);
    }
    for (var i : List.of("ITM-001", "ITM-003", "ITM-005")) {
      if (masters.item(i).isEmpty()) return missing(i);
    }
    if (masters.warehouse(WH).isEmpty()) return missing(WH);
    if (masters.employee(BUDI).isEmpty() || masters.employee(JOKO).isEmpty()) return missing("drivers");
    return true;
  }

  private static boolean missing(String what) {
    log.info("Demo sales orders: master {} missing, skipped", what);
    return false;
  }

  private static SalesOrderRequest order(String customer, String date, SalesOrderRequest.Line... lines) {
    return new SalesOrderRequest(customer, LocalDate.parse(date), null, WH, null, null, List.of(lines));
  }

  private static SalesOrderRequest.Line line(String item, int qty, String price, String disc) {
    return new SalesOrderRequest.Line(item, BigDecimal.valueOf(qty), new BigDecimal(price),
        disc == null ? null : new BigDecimal(disc), null);
  }
}
