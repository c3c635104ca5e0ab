package io.kelola.factory.finance;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.factory.reporting.Rollups;
import io.kelola.shared.security.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens receivables ({@code t_ar}) when goods are delivered. The invoice's net value is the revenue
 * of its WIB day, added to the dashboard's rollup in the same transaction.
 */
@Service
public class Receivables {

  private final JdbcClient jdbc;
  private final DocumentNumbers numbers;
  private final StatusHistory history;
  private final AuditTrail audit;
  private final Events events;
  private final Rollups rollups;

  Receivables(JdbcClient jdbc, DocumentNumbers numbers, StatusHistory history, AuditTrail audit, Events events,
      Rollups rollups) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.rollups = rollups;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OpenedDocument open(OpenReceivable r) {
    if (r.net().signum() < 0 || r.tax().signum() < 0) throw new IllegalArgumentException("negative amount");
    var no = numbers.next("INV", r.invDate());
    var amount = r.net().add(r.tax());
    var due = r.invDate().plusDays(r.termDays());
    var row = jdbc.sql("""
            INSERT INTO t_ar (inv_no, so_id, do_id, cust_id, inv_dt, net_amt, tax_amt, amt, due_dt, created_by, updated_by)
            VALUES (:no, :so, :do, :cust, :dt, :net, :tax, :amt, :due, :by, :by)
            RETURNING id, uuid""")
        .param("no", no).param("so", r.soId()).param("do", r.doId()).param("cust", r.custId())
        .param("dt", r.invDate()).param("net", r.net()).param("tax", r.tax()).param("amt", amount).param("due", due)
        .param("by", CurrentUser.idOrNull())
        .query((rs, n) -> new OpenedDocument(rs.getLong("id"), rs.getObject("uuid", UUID.class), no, amount, due))
        .single();
    history.record("AR", row.id(), null, "Open", null);
    audit.record(AuditEntry.of("CREATE", "t_ar", row.id(), no).change(null, Map.of("amount", amount, "due", due)));
    events.publish(FactorySubjects.AR_STATUS, no, null, new FactoryEvents.StatusChanged("AR", no, null, "Open", null));
    rollups.revenueInvoiced(r.invDate(), r.net());
    return row;
  }
}
