package io.kelola.extracts.domain;

import io.kelola.events.EventType;
import io.kelola.events.EventTypeProvider;
import io.kelola.extracts.SariEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** The SARI subjects of seed 000 with their payloads. */
@Component
class ExtractsEventTypes implements EventTypeProvider {

  static final String LOT_CREATED = "lot.created";
  static final String LOT_READY = "lot.ready_for_production";
  static final String JOB_CREATED = "qc.job.created";
  static final String JOB_COMPLETED = "qc.job.completed";
  static final String JOB_NEEDS_REVIEW = "qc.job.needs_human_review";
  static final String JOB_FAILED = "qc.job.failed";
  static final String JOB_REVIEWED = "qc.job.reviewed";
  static final String JOB_APPROVED = "qc.job.approved";
  static final String SLOT_ASSIGNED = "warehouse.slot_assigned";
  static final String DISPATCH_CREATED = "dispatch.created";
  static final String DISPATCH_STATUS = "dispatch.status_changed";

  private static final String M = "extracts";

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.of(LOT_CREATED, SariEvents.LotCreated.class, M, "A lot of raw material was registered at intake."),
        EventType.of(LOT_READY, SariEvents.LotReady.class, M,
            "A lot passed QC and storage checks and may be used in production."),
        EventType.of(JOB_CREATED, SariEvents.QcJobCreated.class, M, "A QC inspection job was opened for a lot."),
        EventType.of(JOB_COMPLETED, SariEvents.QcJobInspected.class, M,
            "The AI inspection of a QC job passed every check with high confidence."),
        EventType.of(JOB_NEEDS_REVIEW, SariEvents.QcJobInspected.class, M,
            "A QC result is borderline or uncertain and waits for a QC supervisor."),
        EventType.of(JOB_FAILED, SariEvents.QcJobInspected.class, M,
            "A QC job failed: the sample is out of spec or a photo could not be read."),
        EventType.of(JOB_REVIEWED, SariEvents.QcJobReviewed.class, M, "A QC supervisor signed a decision on a QC job."),
        EventType.of(JOB_APPROVED, SariEvents.QcJobApproved.class, M, "A QC job was approved, releasing the lot."),
        EventType.of(SLOT_ASSIGNED, SariEvents.SlotAssigned.class, M, "A lot was assigned a cold-chain storage slot."),
        EventType.of(DISPATCH_CREATED, SariEvents.DispatchCreated.class, M, "A dispatch of goods was created."),
        EventType.of(DISPATCH_STATUS, SariEvents.DispatchStatusChanged.class, M,
            "A dispatch moved to another status."));
  }
}
