package io.kelola.extracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payloads of the SARI subjects (seed 000). Every event's resource id is the lot code, except the
 * QC job subjects (job UUID) and dispatch subjects (dispatch number); all carry the lot code.
 */
public final class SariEvents {

  private SariEvents() {}

  /** {@code lot.created}: a lot was taken in and waits in quarantine. */
  public record LotCreated(String lotCode, UUID inventoryLot, String item, String vendor, BigDecimal qty,
      String uom, String market, String warehouse, String location, BigDecimal intakeTemp,
      boolean intakeTempInRange) {}

  /** {@code qc.job.created}: a QC job waits for the AI inspection. */
  public record QcJobCreated(UUID job, String lotCode, int specVersion, String market, UUID retestOf) {}

  /**
   * {@code qc.job.completed}, {@code qc.job.needs_human_review}, {@code qc.job.failed}: the AI's
   * proposal for a job.
   *
   * @param outcome PASS, REVIEW or FAIL
   */
  public record QcJobInspected(UUID job, String lotCode, String outcome, String reason, String modelVersion) {}

  /** {@code qc.job.reviewed}: a QC supervisor signed a decision (APPROVED or REJECTED). */
  public record QcJobReviewed(UUID job, String lotCode, String decision, String reason, String reviewer) {}

  /** {@code qc.job.approved}: the lot is released. */
  public record QcJobApproved(UUID job, String lotCode, String reviewer) {}

  /** {@code warehouse.slot_assigned}: the lot's stock was moved into a cold-chain slot. */
  public record SlotAssigned(String lotCode, String warehouse, String location, String zone, BigDecimal qty) {}

  /** {@code lot.ready_for_production}: released and slotted. */
  public record LotReady(String lotCode, String item, String warehouse, String location, BigDecimal qty,
      LocalDate expDate) {}

  /** {@code dispatch.created}. */
  public record DispatchCreated(String dispatchNo, String lotCode, String destination, String customer,
      BigDecimal qty) {}

  /** {@code dispatch.status_changed}. */
  public record DispatchStatusChanged(String dispatchNo, String lotCode, String from, String to) {}
}
