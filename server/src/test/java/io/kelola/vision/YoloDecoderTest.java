package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kelola.vision.InspectionReport.Detection;
import io.kelola.vision.domain.Letterbox;
import io.kelola.vision.domain.YoloDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding hand-built YOLOv8 output tensors: threshold, per-class NMS, letterbox mapping. */
class YoloDecoderTest {

  private static final List<String> NAMES = List.of("foreign_matter", "bubble");
  private static final Letterbox SQUARE = Letterbox.of(640, 640, 640);

  /** Builds a [1, 6, n] tensor from anchors {cx, cy, w, h, score0, score1}, padded to n ≥ 8 empty anchors. */
  private static float[] tensor(float[]... anchors) {
    int n = anchors(anchors);
    var out = new float[6 * n];
    for (int a = 0; a < anchors.length; a++) for (int r = 0; r < 6; r++) out[r * n + a] = anchors[a][r];
    return out;
  }

  private static List<Detection> decode(Letterbox box, double confidence, double iou, float[]... anchors) {
    return YoloDecoder.decode(tensor(anchors), new long[] {1, 6, anchors(anchors)}, confidence, iou, box, NAMES);
  }

  // real models have far more anchors than rows; the decoder tells the two layouts apart by that
  private static int anchors(float[][] anchors) {
    return Math.max(8, anchors.length);
  }

  @Test
  void keepsTheBestClassAboveTheThresholdAndDropsTheRest() {
    var detections = decode(SQUARE, 0.25, 0.45,
        new float[] {100, 100, 20, 20, 0.9f, 0.1f},
        new float[] {300, 300, 40, 20, 0.2f, 0.7f},
        new float[] {500, 500, 20, 20, 0.24f, 0.1f});
    assertThat(detections).containsExactly(
        new Detection("foreign_matter", 0, 0.9f, 90, 90, 110, 110),
        new Detection("bubble", 1, 0.7f, 280, 290, 320, 310));
  }

  @Test
  void confidenceThresholdIsInclusiveAndRespected() {
    float[] anchor = {100, 100, 20, 20, 0.5f, 0};
    assertThat(decode(SQUARE, 0.5, 0.45, anchor)).hasSize(1);
    assertThat(decode(SQUARE, 0.51, 0.45, anchor)).isEmpty();
  }

  @Test
  void nmsSuppressesOverlappingBoxesOfTheSameClassOnly() {
    var detections = decode(SQUARE, 0.25, 0.45,
        new float[] {100, 100, 40, 40, 0.8f, 0},   // kept
        new float[] {104, 100, 40, 40, 0.9f, 0},   // kept: highest score
        new float[] {106, 102, 40, 40, 0, 0.6f},   // other class: kept
        new float[] {160, 100, 40, 40, 0.7f, 0});  // no overlap: kept
    assertThat(detections).extracting(Detection::confidence).containsExactly((double) 0.9f, (double) 0.7f, (double) 0.6f);
    assertThat(detections.getFirst().x1()).isEqualTo(84);
  }

  @Test
  void nmsKeepsBoxesOverlappingLessThanTheIouThreshold() {
    // two 40×40 boxes shifted by 20 px: IoU = 800 / 2400 = 1/3
    float[] a = {100, 100, 40, 40, 0.9f, 0};
    float[] b = {120, 100, 40, 40, 0.8f, 0};
    assertThat(decode(SQUARE, 0.25, 0.34, a, b)).hasSize(2);
    assertThat(decode(SQUARE, 0.25, 0.33, a, b)).hasSize(1);
  }

  @Test
  void boxesAreMappedThroughTheLetterboxAndClipped() {
    // a 1280×640 image: scale 0.5, 160 px of padding above and below
    var box = Letterbox.of(1280, 640, 640);
    assertThat(box.scale()).isEqualTo(0.5);
    assertThat(box.padY()).isEqualTo(160);
    var detections = decode(box, 0.25, 0.45,
        new float[] {100, 200, 20, 40, 0.9f, 0},   // → x 180..220, y 40..120 in the original
        new float[] {630, 170, 40, 40, 0.8f, 0},   // sticks out right and top: clipped
        new float[] {300, 100, 20, 20, 0.95f, 0}); // centred on the padding: dropped
    assertThat(detections).hasSize(2);
    var first = detections.getFirst();
    assertThat(first.x1()).isCloseTo(180, within(1e-6));
    assertThat(first.y1()).isCloseTo(40, within(1e-6));
    assertThat(first.x2()).isCloseTo(220, within(1e-6));
    assertThat(first.y2()).isCloseTo(120, within(1e-6));
    var clipped = detections.get(1);
    assertThat(clipped.x2()).isEqualTo(1280);
    assertThat(clipped.y1()).isEqualTo(0);
    assertThat(clipped.y2()).isCloseTo(60, within(1e-6));
  }

  @Test
  void acceptsTheTransposedLayoutAndNamesUnknownClasses() {
    // [1, N, 4 + C]: 8 anchors × (4 + 3 classes), only two classes named; N > 4 + C tells the layouts apart
    var values = new float[8 * 7];
    float[] confident = {50, 60, 10, 10, 0.1f, 0.2f, 0.9f};
    System.arraycopy(confident, 0, values, 0, 7);
    var detections = YoloDecoder.decode(values, new long[] {1, 8, 7}, 0.25, 0.45, SQUARE, NAMES);
    assertThat(detections).containsExactly(new Detection("class_2", 2, 0.9f, 45, 55, 55, 65));
  }
}
