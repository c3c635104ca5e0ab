package io.kelola.extracts.web;

import io.kelola.extracts.domain.Dispatch;
import io.kelola.extracts.domain.LotPhoto;
import io.kelola.extracts.domain.SariLot;
import io.kelola.extracts.domain.SariLots;
import java.util.List;

/**
 * A lot's page: details, sample photos, QC jobs with the AI's results, timeline and dispatches.
 * Template view model.
 *
 * @param approved a QC job released the lot, so its CoA PDF exists
 * @param canReview the reader may open open jobs for review
 * @param flashKey message of the action that just led here, or null
 * @param backPath the lot list the reader came from (all lots, or the operator's own)
 */
public record LotDetailView(SariLot lot, List<LotPhoto> photos, List<JobView> jobs,
    List<SariLots.TimelineEntry> timeline, List<Dispatch> dispatches, boolean approved, boolean canReview,
    String flashKey, String backPath) {

  /** Events about this lot or its jobs and dispatches re-fetch the page. */
  public static final String LIVE_SUBJECTS = "lot.> qc.job.> warehouse.slot_assigned dispatch.>";
}
