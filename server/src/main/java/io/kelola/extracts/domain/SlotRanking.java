package io.kelola.extracts.domain;

import io.kelola.masterdata.ItemRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks slots for a lot (seed 000 cold-chain assignment). A slot fits when its temperature range lies
 * inside the material's and it has room for the whole lot. Among fitting slots: FEFO order kept first
 * (the slot holds nothing that expires after this lot, so no lot is buried behind a later one), then a
 * zone that already holds the material (one walk for pickers), then the tightest room (keeps big
 * slots free), then the narrowest temperature band.
 */
final class SlotRanking {

  private SlotRanking() {}

  static List<SlotSuggestion> rank(ItemRef item, BigDecimal qty, LocalDate expiry, List<Slot> slots,
      List<String> zonesHoldingItem) {
    var out = new ArrayList<SlotSuggestion>();
    for (var s : slots) {
      var reasons = new ArrayList<String>();
      boolean tempOk = temperatureFits(item, s);
      boolean roomOk = s.free() == null || s.free().compareTo(qty) >= 0;
      if (!tempOk) reasons.add("sari.slot.why.temperature");
      if (!roomOk) reasons.add("sari.slot.why.capacity");
      int score = 0;
      if (tempOk && roomOk) {
        if (s.zone() != null && zonesHoldingItem.contains(s.zone())) {
          score += 30;
          reasons.add("sari.slot.why.zone");
        }
        if (s.latestExpiry() == null || !s.latestExpiry().isAfter(expiry)) {
          score += 40;
          reasons.add(s.latestExpiry() == null ? "sari.slot.why.empty" : "sari.slot.why.fefo");
        }
        if (s.free() != null && s.capacity() != null && s.capacity().signum() > 0) {
          // tighter fit → more points (0..20)
          var leftAfter = s.free().subtract(qty).divide(s.capacity(), 4, java.math.RoundingMode.HALF_UP);
          score += (int) Math.round(20 * (1 - leftAfter.doubleValue()));
          reasons.add("sari.slot.why.room");
        }
        if (item.tempMin() != null && item.tempMax() != null && s.tempMin() != null && s.tempMax() != null) {
          var band = item.tempMax().subtract(item.tempMin());
          var slotBand = s.tempMax().subtract(s.tempMin());
          if (band.signum() > 0) score += (int) Math.round(10 * (1 - slotBand.doubleValue() / band.doubleValue()));
        }
      }
      out.add(new SlotSuggestion(s, tempOk && roomOk, score, List.copyOf(reasons)));
    }
    out.sort(Comparator.comparing((SlotSuggestion x) -> !x.fits()).thenComparing(x -> -x.score())
        .thenComparing(x -> x.slot().location()));
    return out;
  }

  /** The slot's whole range must lie inside the material's; an unspecified material range fits anywhere. */
  static boolean temperatureFits(ItemRef item, Slot s) {
    if (item.tempMin() != null && (s.tempMin() == null || s.tempMin().compareTo(item.tempMin()) < 0)) return false;
    return item.tempMax() == null || (s.tempMax() != null && s.tempMax().compareTo(item.tempMax()) <= 0);
  }
}
