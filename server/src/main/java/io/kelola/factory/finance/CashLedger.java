package io.kelola.factory.finance;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of {@code t_cash_txn} and {@code t_cash_acct.balance}: each posting locks its
 * account row, refuses to take the balance below zero, and moves the balance by exactly the row it
 * inserts, so the balance always equals the signed sum of the account's transactions.
 */
@Component
class CashLedger {

  /** One cash movement; {@code arId}/{@code apId} link a payment to its document. */
  record Entry(String account, String direction, BigDecimal amount, LocalDate date, String category, Long arId,
      Long apId, String reference, String notes) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  CashLedger(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Locks the account row; 400 on {@code field} when the code names no account. */
  @Transactional(propagation = Propagation.MANDATORY)
  BigDecimal lockBalance(String account, String field) {
    return jdbc.sql("SELECT balance FROM t_cash_acct WHERE code = :code FOR UPDATE")
        .param("code", account).query(BigDecimal.class).optional()
        .orElseThrow(() -> BusinessRuleException.invalid(field, "factory.fin.cash.unknownAccount", account));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  CashPosting post(Entry e, String accountField) {
    var balance = lockBalance(e.account(), accountField);
    var signed = "IN".equals(e.direction()) ? e.amount() : e.amount().negate();
    var after = balance.add(signed);
    if (after.signum() < 0) {
      throw BusinessRuleException.conflict("amount", "factory.fin.cash.negative", e.account(),
          io.kelola.shared.web.Formats.rupiah(balance));
    }
    var row = jdbc.sql("""
            INSERT INTO t_cash_txn (cash_acct_id, txn_dt, direction, amt, category, ar_id, ap_id, ref, notes, created_by)
            VALUES ((SELECT id FROM t_cash_acct WHERE code = :acct), :dt, :dir, :amt, :cat, :ar, :ap, :ref, :notes, :by)
            RETURNING id, uuid""")
        .param("acct", e.account()).param("dt", e.date()).param("dir", e.direction()).param("amt", e.amount())
        .param("cat", e.category()).param("ar", e.arId()).param("ap", e.apId()).param("ref", e.reference())
        .param("notes", e.notes()).param("by", CurrentUser.idOrNull())
        .query((rs, n) -> new CashPosting(rs.getLong("id"), rs.getObject("uuid", UUID.class), e.account(), after))
        .single();
    jdbc.sql("UPDATE t_cash_acct SET balance = balance + :signed, updated_by = :by WHERE code = :code")
        .param("signed", signed).param("by", CurrentUser.idOrNull()).param("code", e.account()).update();
    var value = new LinkedHashMap<String, Object>();
    value.put("account", e.account());
    value.put("direction", e.direction());
    value.put("category", e.category());
    value.put("amount", e.amount());
    value.put("date", e.date().toString());
    value.put("balance", after);
    audit.record(AuditEntry.of("CREATE", "t_cash_txn", row.id(), row.uuid().toString()).change(null, value));
    return row;
  }

  /** Accounts whose stored balance differs from the signed sum of their transactions (should be none). */
  java.util.List<String> inconsistentAccounts() {
    return jdbc.sql("""
            SELECT a.code FROM t_cash_acct a
            LEFT JOIN (SELECT cash_acct_id, SUM(CASE direction WHEN 'IN' THEN amt ELSE -amt END) AS total
                       FROM t_cash_txn GROUP BY cash_acct_id) s ON s.cash_acct_id = a.id
            WHERE a.balance <> COALESCE(s.total, 0) ORDER BY a.code""")
        .query(String.class).list();
  }
}
