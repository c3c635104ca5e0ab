package io.kelola.events;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The subjects of seed 000 (SARI live updates), reserved here until their modules exist; each
 * module replaces its planned entries with typed ones in its own {@link EventTypeProvider}.
 */
@Component
class SeedEventTypes implements EventTypeProvider {

  private static final String SARI = "extracts";

  @Override
  public List<EventType> eventTypes() {
    return List.of(
        EventType.planned("lot.created", SARI, "A lot of raw material was registered at intake."),
        EventType.planned("lot.ready_for_production", SARI, "A lot passed QC and storage checks and may be used in production."),
        EventType.planned("qc.job.created", SARI, "A QC inspection job was opened for a lot."),
        EventType.planned("qc.job.completed", SARI, "The AI inspection of a QC job finished with a result."),
        EventType.planned("qc.job.needs_human_review", SARI, "A QC result is uncertain and waits for a QC supervisor."),
        EventType.planned("qc.job.reviewed", SARI, "A QC supervisor reviewed a QC job."),
        EventType.planned("qc.job.failed", SARI, "A QC job failed (inspection error or the lot did not pass)."),
        EventType.planned("qc.job.approved", SARI, "A QC job was approved, releasing the lot."),
        EventType.planned("warehouse.slot_assigned", SARI, "A lot was assigned a cold-chain storage slot."),
        EventType.planned("dispatch.created", SARI, "A dispatch of goods was created."),
        EventType.planned("dispatch.status_changed", SARI, "A dispatch moved to another status."),
        EventType.planned("audit.log_created", "audit", "An audit log entry was recorded."));
  }
}
