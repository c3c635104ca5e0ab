package io.kelola.extracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.masterdata.ItemRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRankingTest {

  private static final ItemRef CHILLED = new ItemRef(1, "EXT-001", "Jahe", "Raw", "KG", true, true,
      new BigDecimal("2"), new BigDecimal("8"), 365, BigDecimal.TEN);
  private static final LocalDate EXP = LocalDate.of(2027, 6, 1);

  private static Slot slot(String code, String zone, String min, String max, String cap, String onHand, LocalDate exp) {
    var c = cap == null ? null : new BigDecimal(cap);
    var h = new BigDecimal(onHand);
    return new Slot("WH-CS1", code, zone, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
        c, h, c == null ? null : c.subtract(h), exp, List.of());
  }

  @Test
  void slotsOutsideTheTemperatureOrWithoutRoomNeverFitAndComeLast() {
    var ranked = SlotRanking.rank(CHILLED, new BigDecimal("100"), EXP, List.of(
        slot("AMBIENT", "B", "15", "25", "500", "0", null),
        slot("FULL", "A", "2", "8", "500", "450", null),
        slot("OK", "A", "2", "8", "500", "0", null)), List.of());
    assertThat(ranked).extracting(s -> s.slot().location()).containsExactly("OK", "AMBIENT", "FULL");
    assertThat(ranked.get(1).fits()).isFalse();
    assertThat(ranked.get(1).reasons()).contains("sari.slot.why.temperature");
    assertThat(ranked.get(2).reasons()).contains("sari.slot.why.capacity");
  }

  @Test
  void aZoneHoldingTheMaterialAndKeptFefoOrderWin() {
    var ranked = SlotRanking.rank(CHILLED, new BigDecimal("100"), EXP, List.of(
        slot("LATER-STOCK", "A", "2", "8", "500", "100", EXP.plusMonths(3)),
        slot("OTHER-ZONE", "B", "2", "8", "500", "0", null),
        slot("SAME-ZONE", "A", "2", "8", "500", "100", EXP.minusMonths(1))), List.of("A"));
    assertThat(ranked).extracting(s -> s.slot().location()).containsExactly("SAME-ZONE", "OTHER-ZONE", "LATER-STOCK");
    assertThat(ranked.getFirst().reasons()).contains("sari.slot.why.zone", "sari.slot.why.fefo");
  }

  @Test
  void aSlotWithoutATemperatureRangeDoesNotFitAChilledMaterial() {
    assertThat(SlotRanking.temperatureFits(CHILLED, slot("X", null, null, null, null, "0", null))).isFalse();
    var anyTemp = new ItemRef(2, "PRT", "Part", "Part", "PCS", false, false, null, null, null, BigDecimal.ONE);
    assertThat(SlotRanking.temperatureFits(anyTemp, slot("X", null, null, null, null, "0", null))).isTrue();
  }
}
