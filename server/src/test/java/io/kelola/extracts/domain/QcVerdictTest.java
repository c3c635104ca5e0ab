package io.kelola.extracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QcVerdictTest {

  private static final QcSpec SPEC = new QcSpec(1, UUID.randomUUID(), "EXT-001", "Jahe", "DOMESTIC", 1,
      BigDecimal.valueOf(60), BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("6"), new BigDecimal("50"), 5, 9,
      new BigDecimal("0.7"), List.of(), List.of(), "m", true, Instant.EPOCH);
  private static final Set<String> REJECT = Set.of("foreign_matter");
  private static final BigDecimal MARGIN = new BigDecimal("0.10");

  private static PhotoFindings photo(double de, double haze, int particles, double conf, PhotoFindings.Finding... d) {
    return new PhotoFindings(1, null, List.of(d), de, conf, haze, conf, particles, conf);
  }

  @Test
  void everythingWellInsideTheSpecWithConfidencePasses() {
    var o = QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95)), REJECT, MARGIN);
    assertThat(o.value()).isEqualTo("PASS");
    assertThat(o.status()).isEqualTo("COMPLETED");
    assertThat(o.reasonText()).isNull();
  }

  @Test
  void aMeasureOverItsLimitWithConfidenceFails() {
    var o = QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95), photo(7.5, 20, 0, 0.95)), REJECT, MARGIN);
    assertThat(o.value()).isEqualTo("FAIL");
    assertThat(o.status()).isEqualTo("FAILED");
    assertThat(o.reasonText()).contains("ΔE2000 7.5 (maks. 6)");
  }

  @Test
  void overTheLimitButUnsureGoesToAHuman() {
    assertThat(QcVerdict.judge(SPEC, List.of(photo(1, 55, 0, 0.5)), REJECT, MARGIN).value()).isEqualTo("REVIEW");
  }

  @Test
  void theLastTenPercentBelowALimitIsBorderline() {
    var o = QcVerdict.judge(SPEC, List.of(photo(5.5, 20, 0, 0.95)), REJECT, MARGIN);
    assertThat(o.value()).isEqualTo("REVIEW");
    assertThat(o.reasonText()).contains("mendekati batas");
    assertThat(QcVerdict.judge(SPEC, List.of(photo(5.3, 20, 0, 0.95)), REJECT, MARGIN).value()).isEqualTo("PASS");
  }

  @Test
  void lowConfidenceAloneGoesToAHuman() {
    assertThat(QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.6)), REJECT, MARGIN).value()).isEqualTo("REVIEW");
  }

  @Test
  void rejectClassDetectionsFailWhenSureAndAskWhenNot() {
    var sure = new PhotoFindings.Finding("foreign_matter", 0.9);
    var unsure = new PhotoFindings.Finding("foreign_matter", 0.4);
    var bubble = new PhotoFindings.Finding("bubble", 0.99);
    assertThat(QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95, sure)), REJECT, MARGIN).value()).isEqualTo("FAIL");
    assertThat(QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95, unsure)), REJECT, MARGIN).value()).isEqualTo("REVIEW");
    assertThat(QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95, bubble)), REJECT, MARGIN).value()).isEqualTo("PASS");
  }

  @Test
  void anUnreadablePhotoFailsTheJobWithItsReason() {
    var o = QcVerdict.judge(SPEC, List.of(photo(1, 20, 0, 0.95), PhotoFindings.unreadable(2, "CORRUPT")), REJECT, MARGIN);
    assertThat(o.value()).isEqualTo("FAIL");
    assertThat(o.reasonText()).contains("foto 2").contains("CORRUPT");
  }
}
