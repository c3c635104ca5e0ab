package io.kelola.extracts.web;

import io.kelola.extracts.domain.PhotoResult;
import io.kelola.extracts.domain.QcJob;
import io.kelola.extracts.domain.QcSpec;
import java.util.List;

/** A QC job with the spec version it is judged by and the AI's result per photo. Template view model. */
public record JobView(QcJob job, QcSpec spec, List<PhotoResult> results) {

  /** Whether a photo was read and each of its measures stays within the spec version's limits. */
  public boolean photoPasses(PhotoResult r) {
    return r.error() == null && SariFormat.within(r.deltaE(), spec.deMax()) && SariFormat.within(r.haze(), spec.hazeMax())
        && SariFormat.within(r.particles(), spec.particleMax());
  }
}
