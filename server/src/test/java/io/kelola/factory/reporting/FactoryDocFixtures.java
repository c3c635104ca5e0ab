package io.kelola.factory.reporting;

import io.kelola.support.Http;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Factory documents, rollups and alerts written with plain SQL, for dashboard and inbox tests. Numbers
 * carry a random run prefix ({@code T…}) so they never collide with real numbering or other tests.
 */
public final class FactoryDocFixtures {

  private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase(java.util.Locale.ROOT);
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final JdbcClient jdbc;

  public FactoryDocFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A fresh unique code like {@code T1AB-0007} (at most 20 characters). */
  public static String code(String prefix) {
    return prefix + "-T" + RUN + "-" + String.format("%04d", SEQ.incrementAndGet());
  }

  /** A customer created through the master API (as admin) with this credit limit; returns its code. */
  public static String customer(Http admin, String name, long creditLimit) {
    var code = code("CUS");
    var res = admin.postJson("/api/v1/master/customers", Map.of("code", code, "name", name, "creditLimit", creditLimit));
    if (res.statusCode() != 201 && res.statusCode() != 200) throw new AssertionError("customer: " + res.body());
    return code;
  }

  public static String vendor(Http admin, String name) {
    var code = code("VND");
    var res = admin.postJson("/api/v1/master/vendors", Map.of("code", code, "name", name));
    if (res.statusCode() != 201 && res.statusCode() != 200) throw new AssertionError("vendor: " + res.body());
    return code;
  }

  public long id(String table, String code) {
    return jdbc.sql("SELECT id FROM " + table + " WHERE code = :c").param("c", code).query(Long.class).single();
  }

  /** A sales order of the customer in WH-B1; returns its number. */
  public String salesOrder(String customer, String status, BigDecimal grand, LocalDate orderDate) {
    var no = code("SO");
    jdbc.sql("""
            INSERT INTO t_so (so_no, cust_id, wh_id, order_dt, gross_amt, total_amt, grand_amt, status)
            VALUES (:no, (SELECT id FROM m_cust WHERE code = :c), (SELECT id FROM m_wh WHERE code = 'WH-B1'),
                    :dt, :amt, :amt, :amt, :st)""")
        .param("no", no).param("c", customer).param("dt", orderDate).param("amt", grand).param("st", status).update();
    return no;
  }

  public String purchaseOrder(String vendor, String status, BigDecimal grand, LocalDate orderDate) {
    var no = code("PO");
    jdbc.sql("""
            INSERT INTO t_po (po_no, vendor_id, wh_id, order_dt, total_amt, grand_amt, status)
            VALUES (:no, (SELECT id FROM m_vendor WHERE code = :v), (SELECT id FROM m_wh WHERE code = 'WH-A1'),
                    :dt, :amt, :amt, :st)""")
        .param("no", no).param("v", vendor).param("dt", orderDate).param("amt", grand).param("st", status).update();
    return no;
  }

  public long soId(String no) {
    return jdbc.sql("SELECT id FROM t_so WHERE so_no = :n").param("n", no).query(Long.class).single();
  }

  public long poId(String no) {
    return jdbc.sql("SELECT id FROM t_po WHERE po_no = :n").param("n", no).query(Long.class).single();
  }

  /** A log_status row: the document entered {@code status} at {@code at}. */
  public void entered(String type, long id, String status, Instant at) {
    jdbc.sql("INSERT INTO log_status (entity_type, entity_id, new_status, changed_at) VALUES (:t, :id, :s, :at)")
        .param("t", type).param("id", id).param("s", status).param("at", Timestamp.from(at)).update();
  }

  /** A running approval SLA started at {@code start} with {@code targetMin} minutes. */
  public void approvalSla(String type, long id, String key, Instant start, int targetMin, boolean breached) {
    jdbc.sql("""
            INSERT INTO log_sla (entity_type, entity_id, entity_key, sla_type, start_at, target_at, target_min, is_breached)
            VALUES (:t, :id, :k, 'Approval', :s, :target, :min, :breached)""")
        .param("t", type).param("id", id).param("k", key).param("s", Timestamp.from(start))
        .param("target", Timestamp.from(start.plusSeconds(60L * targetMin))).param("min", targetMin)
        .param("breached", breached).update();
  }

  /** An invoice of the customer's order, {@code paid} of {@code amt} paid, due on {@code due}. */
  public void receivable(String soNo, String customer, BigDecimal amt, BigDecimal paid, LocalDate due, String status) {
    jdbc.sql("""
            INSERT INTO t_ar (inv_no, so_id, cust_id, inv_dt, net_amt, amt, paid_amt, due_dt, status)
            VALUES (:no, (SELECT id FROM t_so WHERE so_no = :so), (SELECT id FROM m_cust WHERE code = :c),
                    :inv, :amt, :amt, :paid, :due, :st)""")
        .param("no", code("INV")).param("so", soNo).param("c", customer).param("inv", due.minusDays(30))
        .param("amt", amt).param("paid", paid).param("due", due).param("st", status).update();
  }

  public void payable(String poNo, String vendor, BigDecimal amt, BigDecimal paid, LocalDate due, String status) {
    jdbc.sql("""
            INSERT INTO t_ap (bill_no, po_id, vendor_id, bill_dt, net_amt, amt, paid_amt, due_dt, status)
            VALUES (:no, (SELECT id FROM t_po WHERE po_no = :po), (SELECT id FROM m_vendor WHERE code = :v),
                    :bill, :amt, :amt, :paid, :due, :st)""")
        .param("no", code("BIL")).param("po", poNo).param("v", vendor).param("bill", due.minusDays(30))
        .param("amt", amt).param("paid", paid).param("due", due).param("st", status).update();
  }

  /** An account whose balance is its opening transaction, as the cash book keeps it (no drift). */
  public void cashAccount(BigDecimal balance) {
    var acct = code("KAS");
    jdbc.sql("INSERT INTO t_cash_acct (code, name, balance) VALUES (:c, 'Kas uji', :b)")
        .param("c", acct).param("b", balance).update();
    if (balance.signum() == 0) return;
    jdbc.sql("""
            INSERT INTO t_cash_txn (cash_acct_id, txn_dt, direction, amt, category, ref)
            SELECT id, CURRENT_DATE, :dir, :amt, 'OPENING', 'UJI' FROM t_cash_acct WHERE code = :c""")
        .param("c", acct).param("dir", balance.signum() > 0 ? "IN" : "OUT").param("amt", balance.abs()).update();
  }

  public void alert(String severity, boolean read) {
    jdbc.sql("INSERT INTO ai_alert (module, alert_type, severity, message, is_read) VALUES ('TEST', 'TEST', :s, :m, :r)")
        .param("s", severity).param("m", "uji " + code("AL")).param("r", read).update();
  }

  public void revenue(LocalDate day, BigDecimal amount) {
    jdbc.sql("""
            INSERT INTO rpt_revenue_day (day, revenue, do_count) VALUES (:d, :r, 1)
            ON CONFLICT (day) DO UPDATE SET revenue = rpt_revenue_day.revenue + :r""")
        .param("d", day).param("r", amount).update();
  }

  public void oee(String machine, LocalDate day, double planned, double downtime, double output, double reject,
      double ideal) {
    jdbc.sql("""
            INSERT INTO rpt_oee_day (machine_id, day, planned_min, downtime_min, output_qty, reject_qty, ideal_qty)
            VALUES ((SELECT id FROM m_machine WHERE code = :m), :d, :p, :dt, :o, :r, :i)
            ON CONFLICT (machine_id, day) DO UPDATE SET planned_min = rpt_oee_day.planned_min + :p,
              downtime_min = rpt_oee_day.downtime_min + :dt, output_qty = rpt_oee_day.output_qty + :o,
              reject_qty = rpt_oee_day.reject_qty + :r, ideal_qty = rpt_oee_day.ideal_qty + :i""")
        .param("m", machine).param("d", day).param("p", planned).param("dt", downtime).param("o", output)
        .param("r", reject).param("i", ideal).update();
  }
}
