package io.kelola.factory.finance;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments against receivables (money in) and payables (money out), partial or full. The document
 * row is locked first, then the cash account, so parallel payments queue up and can never pay more
 * than what remains. A document stays Open/Overdue until fully paid, then becomes Paid.
 */
@Service
public class Payments {

  private record Locked(long id, String number, LocalDate docDate, BigDecimal amount, BigDecimal paid, String status) {}

  private final JdbcClient jdbc;
  private final CashLedger cash;
  private final StatusHistory history;
  private final AuditTrail audit;
  private final Events events;
  private final FactoryProperties props;
  private final Clock clock;

  Payments(JdbcClient jdbc, CashLedger cash, StatusHistory history, AuditTrail audit, Events events,
      FactoryProperties props, Clock clock) {
    this.jdbc = jdbc;
    this.cash = cash;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.props = props;
    this.clock = clock;
  }

  @Transactional
  public PaymentRecorded pay(Ledger ledger, String key, PaymentRequest r) {
    if (r == null) throw BusinessRuleException.invalid("amount", "factory.fin.amount.required");
    var amount = FinanceInput.amount(r.amount(), "amount");
    var date = FinanceInput.date(r.date(), clock, "date");
    var account = FinanceInput.accountCode(r.account(), props.cashAccount(), "account");
    var ref = FinanceInput.text(r.reference(), 60, "reference", false);
    var notes = FinanceInput.text(r.notes(), 500, "notes", true);
    var doc = lock(ledger, key);
    if ("Paid".equals(doc.status())) throw BusinessRuleException.conflict("amount", "factory.fin.pay.alreadyPaid", doc.number());
    var remaining = doc.amount().subtract(doc.paid());
    if (amount.compareTo(remaining) > 0) {
      throw BusinessRuleException.conflict("amount", "factory.fin.pay.overpay", Formats.rupiah(remaining));
    }
    if (date.isBefore(doc.docDate())) throw BusinessRuleException.invalid("date", "factory.fin.pay.beforeDocument");
    var posting = cash.post(new CashLedger.Entry(account, ledger.direction, amount, date, ledger.category,
        ledger == Ledger.AR ? doc.id() : null, ledger == Ledger.AP ? doc.id() : null, ref, notes), "account");
    var paid = doc.paid().add(amount);
    var left = doc.amount().subtract(paid);
    var status = left.signum() == 0 ? "Paid" : doc.status();
    jdbc.sql("UPDATE " + ledger.table + " SET paid_amt = :paid, status = :status, paid_dt = :paidDt, updated_by = :by"
            + " WHERE id = :id")
        .param("paid", paid).param("status", status).param("paidDt", "Paid".equals(status) ? date : null)
        .param("by", CurrentUser.idOrNull()).param("id", doc.id()).update();
    var value = new LinkedHashMap<String, Object>();
    value.put("amount", amount);
    value.put("date", date.toString());
    value.put("account", account);
    value.put("paid", paid);
    value.put("status", status);
    audit.record(AuditEntry.of(io.kelola.audit.AuditActions.UPDATE, ledger.table, doc.id(), doc.number())
        .change(java.util.Map.of("paid", doc.paid(), "status", doc.status()), value));
    if (!status.equals(doc.status())) {
      history.record(ledger.name(), doc.id(), doc.status(), status, ref);
      events.publish(ledger.statusSubject, doc.number(), null,
          new FactoryEvents.StatusChanged(ledger.name(), doc.number(), doc.status(), status, ref));
    }
    events.publish(FactorySubjects.PAYMENT_RECORDED, doc.number(), null,
        new FactoryEvents.PaymentRecorded(ledger.name(), doc.number(), amount, left));
    return new PaymentRecorded(posting.uuid(), ledger.name(), doc.number(), amount, date, account, paid, left, status,
        posting.balance());
  }

  private Locked lock(Ledger ledger, String key) {
    if (key == null || key.isBlank() || key.length() > 40) throw BusinessRuleException.notFound("factory.fin.doc.notFound");
    return jdbc.sql("SELECT d.id, d." + ledger.numberCol + ", d." + ledger.dateCol + ", d.amt, d.paid_amt, d.status FROM "
            + ledger.table + " d WHERE " + ledger.byKey(key) + " FOR UPDATE")
        .param("key", key.strip())
        .query((rs, n) -> new Locked(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)))
        .optional().orElseThrow(() -> BusinessRuleException.notFound("factory.fin.doc.notFound"));
  }
}
