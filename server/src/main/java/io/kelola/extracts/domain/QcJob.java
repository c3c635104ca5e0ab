package io.kelola.extracts.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A QC job: the AI's proposal (outcome, reason, model version, thresholds) and the human decision.
 *
 * @param status PENDING (waiting for the AI), COMPLETED, NEEDS_REVIEW, FAILED (AI done, waiting for a
 *     supervisor), APPROVED, REJECTED (signed), INVALIDATED (replaced by a retest)
 */
public record QcJob(long id, UUID uuid, long lotId, String lotCode, long specId, int specVersion, UUID retestOf,
    String retestReason, String status, String aiOutcome, String aiReason, String modelVersion,
    Map<String, Object> thresholds, Instant inspectedAt, Map<String, Object> labValues,
    Map<String, Object> checkResults, String decisionReason, String reviewer, Instant reviewedAt,
    String signatureMeaning, Instant createdAt) {

  /** The AI has spoken and no human decision exists yet. */
  public boolean awaitingReview() {
    return "COMPLETED".equals(status) || "NEEDS_REVIEW".equals(status) || "FAILED".equals(status);
  }

  public boolean open() {
    return "PENDING".equals(status) || awaitingReview();
  }
}
