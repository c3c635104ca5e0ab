package io.kelola.extracts.web;

import io.kelola.extracts.domain.SariLot;
import java.util.List;

/**
 * The operator's own lots or all lots. Template view model.
 *
 * @param mine the operator's list ({@code /sari/my-lots}) rather than everyone's
 * @param path this list's address; the table re-fetches it on live events
 * @param refreshUrl the current list with its filters, as the table re-fetches it
 */
public record LotListView(List<SariLot> lots, boolean mine, String stage, String q, List<String> stages, String path,
    String refreshUrl) {

  /** Events that can change a row of this list. */
  public static final String LIVE_SUBJECTS = "lot.> qc.job.> warehouse.slot_assigned dispatch.>";
}
