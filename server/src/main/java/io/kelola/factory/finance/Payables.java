package io.kelola.factory.finance;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.DocumentNumbers;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.shared.security.CurrentUser;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens payables ({@code t_ap}) when goods are received against a PO. */
@Service
public class Payables {

  private final JdbcClient jdbc;
  private final DocumentNumbers numbers;
  private final StatusHistory history;
  private final AuditTrail audit;
  private final Events events;

  Payables(JdbcClient jdbc, DocumentNumbers numbers, StatusHistory history, AuditTrail audit, Events events) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.history = history;
    this.audit = audit;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OpenedDocument open(OpenPayable p) {
    if (p.net().signum() < 0 || p.tax().signum() < 0) throw new IllegalArgumentException("negative amount");
    var no = numbers.next("BILL", p.billDate());
    var amount = p.net().add(p.tax());
    var due = p.billDate().plusDays(p.termDays());
    var row = jdbc.sql("""
            INSERT INTO t_ap (bill_no, po_id, receipt_id, vendor_id, bill_dt, vendor_doc, net_amt, tax_amt, amt, due_dt,
                              created_by, updated_by)
            VALUES (:no, :po, :receipt, :vendor, :dt, :doc, :net, :tax, :amt, :due, :by, :by)
            RETURNING id, uuid""")
        .param("no", no).param("po", p.poId()).param("receipt", p.receiptId()).param("vendor", p.vendorId())
        .param("dt", p.billDate()).param("doc", p.vendorDoc()).param("net", p.net()).param("tax", p.tax())
        .param("amt", amount).param("due", due).param("by", CurrentUser.idOrNull())
        .query((rs, n) -> new OpenedDocument(rs.getLong("id"), rs.getObject("uuid", UUID.class), no, amount, due))
        .single();
    history.record("AP", row.id(), null, "Open", null);
    audit.record(AuditEntry.of("CREATE", "t_ap", row.id(), no).change(null, Map.of("amount", amount, "due", due)));
    events.publish(FactorySubjects.AP_STATUS, no, null, new FactoryEvents.StatusChanged("AP", no, null, "Open", null));
    return row;
  }
}
