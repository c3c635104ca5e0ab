package io.kelola.extracts.web;

import io.kelola.extracts.domain.QcJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The QC supervisor's queue: open jobs, oldest first. Template view model. */
public record QcQueueView(List<QcJob> jobs, Instant now) {

  /** QC events re-fetch the queue. */
  public static final String LIVE_SUBJECTS = "qc.> lot.created";

  public long ageMinutes(QcJob job) {
    return Math.max(0, Duration.between(job.createdAt(), now).toMinutes());
  }

  public long waitingForAi() {
    return jobs.stream().filter(j -> "PENDING".equals(j.status())).count();
  }

  public long waitingForSupervisor() {
    return jobs.stream().filter(QcJob::awaitingReview).count();
  }
}
