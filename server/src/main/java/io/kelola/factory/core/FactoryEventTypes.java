package io.kelola.factory.core;

import io.kelola.events.EventType;
import io.kelola.events.EventTypeProvider;
import io.kelola.factory.FactoryEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** The factory subjects with their payloads. */
@Component
class FactoryEventTypes implements EventTypeProvider {

  private static final String M = "factory";

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.of(FactorySubjects.SO_CREATED, FactoryEvents.SalesOrderCreated.class, M, "A sales order was created."),
        EventType.of(FactorySubjects.SO_STATUS, FactoryEvents.StatusChanged.class, M,
            "A sales order moved to another status (submitted, approved, closed, cancelled)."),
        EventType.of(FactorySubjects.DO_STATUS, FactoryEvents.StatusChanged.class, M,
            "A delivery order was created, shipped, delivered or cancelled."),
        EventType.of(FactorySubjects.PO_STATUS, FactoryEvents.StatusChanged.class, M,
            "A purchase order moved to another status (approval tiers, receipts, cancellation)."),
        EventType.of(FactorySubjects.WO_STATUS, FactoryEvents.StatusChanged.class, M,
            "A work order was created, started, finished or cancelled."),
        EventType.of(FactorySubjects.AR_STATUS, FactoryEvents.StatusChanged.class, M,
            "A receivable was opened, became overdue or was paid."),
        EventType.of(FactorySubjects.AP_STATUS, FactoryEvents.StatusChanged.class, M,
            "A payable was opened, became overdue or was paid."),
        EventType.of(FactorySubjects.SHIFT_LOGGED, FactoryEvents.ShiftLogged.class, M,
            "An operator logged a shift's output, rejects and downtime."),
        EventType.of(FactorySubjects.MAINT_LOGGED, FactoryEvents.MaintenanceLogged.class, M,
            "Maintenance was recorded on a machine."),
        EventType.of(FactorySubjects.PAYMENT_RECORDED, FactoryEvents.PaymentRecorded.class, M,
            "A payment was recorded against a receivable or payable."),
        EventType.of(FactorySubjects.SLA_BREACHED, FactoryEvents.SlaBreached.class, M,
            "A document passed its SLA target."));
  }
}
