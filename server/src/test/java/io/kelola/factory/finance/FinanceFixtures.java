package io.kelola.factory.finance;

import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the finance tests: own customers, vendors and warehouses (codes unique per call),
 * minimal SO/PO rows, receivables/payables opened the way sales and purchasing open them, and own
 * cash accounts funded by an opening balance.
 */
final class FinanceFixtures {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Receivables receivables;
  private final Payables payables;
  private final CashBook cash;

  FinanceFixtures(JdbcClient jdbc, TransactionTemplate tx, Receivables receivables, Payables payables, CashBook cash) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.receivables = receivables;
    this.payables = payables;
    this.cash = cash;
  }

  static String code(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  static LocalDate today() {
    return LocalDate.now(Formats.WIB);
  }

  String customer() {
    var code = code("FC");
    jdbc.sql("INSERT INTO m_cust (code, name) VALUES (:c, :n)").param("c", code).param("n", "Pelanggan " + code).update();
    return code;
  }

  String vendor() {
    var code = code("FV");
    jdbc.sql("INSERT INTO m_vendor (code, name) VALUES (:c, :n)").param("c", code).param("n", "Pemasok " + code).update();
    return code;
  }

  private long id(String table, String code) {
    return jdbc.sql("SELECT id FROM " + table + " WHERE code = :c").param("c", code).query(Long.class).single();
  }

  private long warehouse() {
    var code = code("FW");
    jdbc.sql("INSERT INTO m_wh (code, name) VALUES (:c, :c)").param("c", code).update();
    return id("m_wh", code);
  }

  /** A receivable of {@code net + tax} for the customer, invoiced on {@code invDate}, due after {@code termDays}. */
  OpenedDocument receivable(String customer, LocalDate invDate, int termDays, String net, String tax) {
    var custId = id("m_cust", customer);
    var wh = warehouse();
    return tx.execute(s -> {
      var soId = jdbc.sql("""
              INSERT INTO t_so (so_no, cust_id, wh_id, order_dt, status) VALUES (:no, :c, :wh, :dt, 'Approved')
              RETURNING id""")
          .param("no", code("TSO")).param("c", custId).param("wh", wh).param("dt", invDate).query(Long.class).single();
      return receivables.open(new OpenReceivable(soId, null, custId, invDate, termDays, new BigDecimal(net),
          new BigDecimal(tax)));
    });
  }

  OpenedDocument payable(String vendor, LocalDate billDate, int termDays, String net, String tax) {
    var vendorId = id("m_vendor", vendor);
    var wh = warehouse();
    return tx.execute(s -> {
      var poId = jdbc.sql("""
              INSERT INTO t_po (po_no, vendor_id, wh_id, order_dt, status) VALUES (:no, :v, :wh, :dt, 'Received')
              RETURNING id""")
          .param("no", code("TPO")).param("v", vendorId).param("wh", wh).param("dt", billDate).query(Long.class).single();
      return payables.open(new OpenPayable(poId, null, vendorId, billDate, termDays, new BigDecimal(net),
          new BigDecimal(tax), "INV-V-" + code("X")));
    });
  }

  /** A new cash account with an opening balance (none when {@code opening} is zero). */
  String account(String opening) {
    var code = code("KAS");
    cash.createAccount(code, "Kas uji " + code);
    if (new BigDecimal(opening).signum() > 0) {
      cash.record(new CashTxnRequest("OPENING", code, null, new BigDecimal(opening), null, null, "saldo awal"));
    }
    return code;
  }

  BigDecimal balance(String account) {
    return jdbc.sql("SELECT balance FROM t_cash_acct WHERE code = :c").param("c", account).query(BigDecimal.class).single();
  }

  BigDecimal txnSum(String account) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(CASE direction WHEN 'IN' THEN amt ELSE -amt END), 0) FROM t_cash_txn t
            JOIN t_cash_acct a ON a.id = t.cash_acct_id WHERE a.code = :c""")
        .param("c", account).query(BigDecimal.class).single();
  }

  String status(String table, long id) {
    return jdbc.sql("SELECT status FROM " + table + " WHERE id = :id").param("id", id).query(String.class).single();
  }

  BigDecimal paid(String table, long id) {
    return jdbc.sql("SELECT paid_amt FROM " + table + " WHERE id = :id").param("id", id).query(BigDecimal.class).single();
  }

  /** The status history of a document, oldest first, as "old>new". */
  java.util.List<String> history(String type, long id) {
    return jdbc.sql("""
            SELECT COALESCE(old_status, '') || '>' || new_status FROM log_status
            WHERE entity_type = :t AND entity_id = :id ORDER BY changed_at, id""")
        .param("t", type).param("id", id).query(String.class).list();
  }
}
