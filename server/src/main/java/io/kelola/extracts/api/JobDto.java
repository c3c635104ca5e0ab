package io.kelola.extracts.api;

import io.kelola.extracts.domain.QcJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A QC job with its per-photo AI results (no internal ids). */
record JobDto(UUID uuid, String lotCode, int specVersion, UUID retestOf, String retestReason, String status,
    String aiOutcome, String aiReason, String modelVersion, Map<String, Object> thresholds, Instant inspectedAt,
    Map<String, Object> labValues, Map<String, Object> checkResults, String decisionReason, String reviewer,
    Instant reviewedAt, String signatureMeaning, Instant createdAt, List<io.kelola.extracts.domain.PhotoResult> results) {

  static JobDto of(QcJob j, List<io.kelola.extracts.domain.PhotoResult> results) {
    return new JobDto(j.uuid(), j.lotCode(), j.specVersion(), j.retestOf(), j.retestReason(), j.status(), j.aiOutcome(),
        j.aiReason(), j.modelVersion(), j.thresholds(), j.inspectedAt(), j.labValues(), j.checkResults(),
        j.decisionReason(), j.reviewer(), j.reviewedAt(), j.signatureMeaning(), j.createdAt(), results);
  }
}
