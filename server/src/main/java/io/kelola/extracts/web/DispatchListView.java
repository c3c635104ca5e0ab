package io.kelola.extracts.web;

import io.kelola.extracts.domain.Dispatch;
import io.kelola.extracts.domain.SariLot;
import io.kelola.masterdata.PartyRef;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.Map;

/**
 * The dispatch page: recent dispatches with their temperature readings and actions, the form for a
 * new one from a ready lot, and the outcome of the last submit. Template view model.
 *
 * @param failedNo the dispatch whose status change or reading was just refused, or null
 * @param failedAction {@code status} or {@code reading}: which of its forms shows {@code rowErrors}
 * @param rowValues what was typed in that refused form, by field
 * @param flashKey message key of the last success, or null
 */
public record DispatchListView(List<Dispatch> dispatches, List<SariLot> readyLots, List<PartyRef> customers,
    DispatchForm form, FormErrors createErrors, String failedNo, String failedAction, FormErrors rowErrors,
    Map<String, String> rowValues, String flashKey, String flashNo) {

  /** Where a dispatch may go next (the service decides; this only offers the buttons). */
  private static final Map<String, List<String>> NEXT = Map.of(
      "CREATED", List.of("IN_TRANSIT", "CANCELLED"),
      "IN_TRANSIT", List.of("DELIVERED"));

  public static final List<String> DESTINATIONS = List.of("PRODUCTION", "CUSTOMER");

  public List<String> next(Dispatch d) {
    return NEXT.getOrDefault(d.status(), List.of());
  }

  public FormErrors errorsFor(Dispatch d, String action) {
    return d.dispatchNo().equals(failedNo) && action.equals(failedAction) ? rowErrors : FormErrors.NONE;
  }

  /** The typed value of a refused row form, empty otherwise. */
  public String valueFor(Dispatch d, String action, String field) {
    if (!d.dispatchNo().equals(failedNo) || !action.equals(failedAction)) return "";
    return rowValues.getOrDefault(field, "");
  }

  /** A refused row form stays open so its message is seen. */
  public boolean openFor(Dispatch d) {
    return d.dispatchNo().equals(failedNo);
  }
}
