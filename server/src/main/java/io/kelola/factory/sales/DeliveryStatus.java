package io.kelola.factory.sales;

import io.kelola.audit.AuditEntry;
import io.kelola.audit.AuditTrail;
import io.kelola.audit.StatusHistory;
import io.kelola.events.Events;
import io.kelola.factory.FactoryEvents;
import io.kelola.factory.core.FactorySubjects;
import io.kelola.factory.core.SlaTracker;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records a delivery's status change: history, audit, event; a cancelled one stops its SLA. */
@Component
class DeliveryStatus {

  static final String ENTITY = "DO";

  private final StatusHistory history;
  private final AuditTrail audit;
  private final Events events;
  private final SlaTracker sla;

  DeliveryStatus(StatusHistory history, AuditTrail audit, Events events, SlaTracker sla) {
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.sla = sla;
  }

  void moved(DeliveryRepository.Delivery d, String to, String note) {
    history.record(ENTITY, d.id(), d.status(), to, note);
    var after = new HashMap<String, Object>(Map.of("status", to));
    if (note != null) after.put("notes", note);
    audit.record(AuditEntry.of(d.status() == null ? "CREATE" : "UPDATE", "t_do", d.id(), d.doNo())
        .change(d.status() == null ? null : Map.of("status", d.status()), after));
    events.publish(FactorySubjects.DO_STATUS, d.doNo(), d.ownerUuid(),
        new FactoryEvents.StatusChanged(ENTITY, d.doNo(), d.status(), to, note));
    if ("Cancelled".equals(to)) sla.completeAll(ENTITY, d.id());
  }
}
