package io.kelola.extracts.web;

import io.kelola.extracts.domain.SariLot;
import io.kelola.extracts.domain.Slot;
import io.kelola.extracts.domain.SlotSuggestion;
import io.kelola.web.FormErrors;
import java.util.List;

/**
 * The cold-store slot board: slots grouped by zone, released lots waiting for a slot with their
 * ranked suggestions, and the outcome of the last assignment. Template view model.
 *
 * @param failedLot the lot whose assignment was just refused (its form shows {@code errors}), or null
 * @param chosen the slot that was chosen in the refused form
 * @param assignedLot the lot just put away (success message), or null
 */
public record SlotBoardView(String warehouse, List<Zone> zones, List<Waiting> waiting, String failedLot,
    String chosen, FormErrors errors, String assignedLot) {

  /** The slots of one zone, by location. */
  public record Zone(String zone, List<Slot> slots) {}

  /** A released lot and where it could go, fitting slots first. */
  public record Waiting(SariLot lot, List<SlotSuggestion> suggestions) {

    /** The slot the form starts on: the best fitting suggestion, or none. */
    public String preselected() {
      return suggestions.stream().filter(SlotSuggestion::fits).map(s -> s.slot().location()).findFirst().orElse("");
    }
  }

  public FormErrors errorsFor(String lotCode) {
    return lotCode.equals(failedLot) ? errors : FormErrors.NONE;
  }

  /** The radio that is checked in a lot's form: what was chosen when refused, else the best fit. */
  public String checkedFor(Waiting w) {
    return w.lot().lotCode().equals(failedLot) && chosen != null ? chosen : w.preselected();
  }

  /** Capacity bar colour; the percentage is always written next to it as well. */
  public static String barColour(Slot s) {
    int p = s.usedPercent();
    return p >= 90 ? "bg-red" : p >= 70 ? "bg-yellow" : "bg-green";
  }
}
