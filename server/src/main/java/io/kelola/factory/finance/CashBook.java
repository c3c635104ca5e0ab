package io.kelola.factory.finance;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cash accounts and manual cash-book entries (income, expense, opening balance, transfers). */
@Service
public class CashBook {

  public static final List<String> TYPES = List.of("INCOME", "EXPENSE", "TRANSFER", "OPENING");
  private static final Set<String> IN_TYPES = Set.of("INCOME", "OPENING");

  private final JdbcClient jdbc;
  private final CashLedger ledger;
  private final AuditTrail audit;
  private final FactoryProperties props;
  private final Clock clock;

  CashBook(JdbcClient jdbc, CashLedger ledger, AuditTrail audit, FactoryProperties props, Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.audit = audit;
    this.props = props;
    this.clock = clock;
  }

  public List<CashAccount> accounts() {
    return jdbc.sql("SELECT code, name, balance FROM t_cash_acct ORDER BY code")
        .query((rs, n) -> new CashAccount(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
  }

  public CashAccount account(String code) {
    return jdbc.sql("SELECT code, name, balance FROM t_cash_acct WHERE code = :code").param("code", code)
        .query((rs, n) -> new CashAccount(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).optional()
        .orElseThrow(() -> BusinessRuleException.notFound("factory.fin.cash.notFound"));
  }

  public String defaultAccount() {
    return props.cashAccount();
  }

  /** A new account at balance zero; money enters it only through transactions. */
  @Transactional
  public CashAccount createAccount(String code, String name) {
    var c = FinanceInput.text(code, 30, "code", false);
    if (c == null) throw BusinessRuleException.invalid("code", "factory.fin.cash.codeRequired");
    c = c.toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z0-9][A-Z0-9._-]*")) throw BusinessRuleException.invalid("code", "factory.fin.cash.codeFormat");
    var n = FinanceInput.text(name, 150, "name", false);
    if (n == null) throw BusinessRuleException.invalid("name", "factory.fin.cash.nameRequired");
    var id = jdbc.sql("""
            INSERT INTO t_cash_acct (code, name, created_by, updated_by) VALUES (:code, :name, :by, :by)
            ON CONFLICT (code) DO NOTHING RETURNING id""")
        .param("code", c).param("name", n).param("by", CurrentUser.idOrNull()).query(Long.class).optional()
        .orElseThrow(() -> BusinessRuleException.conflict("code", "factory.fin.cash.codeTaken"));
    audit.record(AuditEntry.of("CREATE", "t_cash_acct", id, c).change(null, Map.of("code", c, "name", n)));
    return new CashAccount(c, n, java.math.BigDecimal.ZERO.setScale(2));
  }

  /** Records a manual entry; a transfer writes two rows (out of one account, into the other). */
  @Transactional
  public List<CashPosting> record(CashTxnRequest r) {
    if (r == null) throw BusinessRuleException.invalid("type", "factory.fin.cash.type");
    var type = r.type() == null ? null : r.type().strip().toUpperCase(Locale.ROOT);
    if (type == null || !TYPES.contains(type)) throw BusinessRuleException.invalid("type", "factory.fin.cash.type");
    var account = FinanceInput.accountCode(r.account(), props.cashAccount(), "account");
    var amount = FinanceInput.amount(r.amount(), "amount");
    var date = FinanceInput.date(r.date(), clock, "date");
    var ref = FinanceInput.text(r.reference(), 60, "reference", false);
    var notes = FinanceInput.text(r.notes(), 500, "notes", true);
    if (!"TRANSFER".equals(type)) {
      ledger.lockBalance(account, "account");
      if ("OPENING".equals(type) && hasTransactions(account)) {
        throw BusinessRuleException.conflict("type", "factory.fin.cash.openingTwice", account);
      }
      var dir = IN_TYPES.contains(type) ? "IN" : "OUT";
      return List.of(ledger.post(new CashLedger.Entry(account, dir, amount, date, type, null, null, ref, notes), "account"));
    }
    var to = FinanceInput.accountCode(r.toAccount(), null, "toAccount");
    if (to == null) throw BusinessRuleException.invalid("toAccount", "factory.fin.cash.toRequired");
    if (to.equals(account)) throw BusinessRuleException.invalid("toAccount", "factory.fin.cash.sameAccount");
    // lock both rows in code order so two opposite transfers cannot deadlock
    if (account.compareTo(to) < 0) {
      ledger.lockBalance(account, "account");
      ledger.lockBalance(to, "toAccount");
    } else {
      ledger.lockBalance(to, "toAccount");
      ledger.lockBalance(account, "account");
    }
    var out = ledger.post(new CashLedger.Entry(account, "OUT", amount, date, type, null, null, ref, notes), "account");
    var in = ledger.post(new CashLedger.Entry(to, "IN", amount, date, type, null, null, ref, notes), "toAccount");
    return List.of(out, in);
  }

  private boolean hasTransactions(String account) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM t_cash_txn t JOIN t_cash_acct a ON a.id = t.cash_acct_id WHERE a.code = :c)")
        .param("c", account).query(Boolean.class).single();
  }

  /** Accounts whose balance is not the signed sum of their transactions; empty when the books agree. */
  public List<String> inconsistentAccounts() {
    return ledger.inconsistentAccounts();
  }
}
