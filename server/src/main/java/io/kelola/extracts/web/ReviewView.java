package io.kelola.extracts.web;

import io.kelola.extracts.domain.LotPhoto;
import io.kelola.extracts.domain.PhotoResult;
import io.kelola.extracts.domain.SariLot;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.UUID;

/**
 * The QC review page: the lot, its photos (with the AI's annotated copies), the measures against the
 * spec, and the signed decision and retest forms. Template view model.
 *
 * @param errors errors of the decision form
 * @param retestErrors errors of the retest form
 * @param flashKey message of the action that just led here, or null
 */
public record ReviewView(SariLot lot, JobView job, List<LotPhoto> photos, ReviewForm form, FormErrors errors,
    FormErrors retestErrors, String flashKey) {

  /** The annotated copy of a photo for this job, or null when the AI made none. */
  public String annotatedUrl(UUID photo) {
    return job.results().stream().filter(r -> r.photo().equals(photo) && r.annotated()).findFirst()
        .map(PhotoResult::photo).map(p -> LotQcPaths.annotated(job.job().uuid(), p)).orElse(null);
  }

  /** The draft key of this job's form: one draft per job. */
  public String draftKey() {
    return "sari-review-" + job.job().uuid();
  }
}
