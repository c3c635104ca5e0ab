package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisionPropertiesTest {

  @Test
  void defaultsWork() {
    var p = VisionProperties.defaults();
    assertThat(p.modelPath()).isEmpty();
    assertThat(p.confidenceThreshold()).isEqualTo(0.25);
    assertThat(p.iouThreshold()).isEqualTo(0.45);
    assertThat(p.inputSize()).isEqualTo(640);
    assertThat(p.maxPixels()).isEqualTo(40_000_000L);
    assertThat(p.maxBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void invalidValuesAreRefusedWithThePropertyName() {
    assertThatThrownBy(() -> new VisionProperties(null, null, 1.5, null, null, null, null, null))
        .hasMessageContaining("kelola.vision.confidence-threshold");
    assertThatThrownBy(() -> new VisionProperties(null, null, null, 0.0, null, null, null, null))
        .hasMessageContaining("kelola.vision.iou-threshold");
    assertThatThrownBy(() -> new VisionProperties(null, null, null, null, 650, null, null, null))
        .hasMessageContaining("kelola.vision.input-size");
    assertThatThrownBy(() -> new VisionProperties(null, List.of("a", " "), null, null, null, null, null, null))
        .hasMessageContaining("kelola.vision.class-names");
    assertThatThrownBy(() -> new VisionProperties(null, null, null, null, null, -1L, null, null))
        .hasMessageContaining("kelola.vision.max-pixels");
  }

  @Test
  void aMissingModelFileFailsAtStartup() {
    var properties = new VisionProperties("/nonexistent/model.onnx", null, null, null, null, null, null, null);
    assertThatThrownBy(() -> new Inspector(properties)).hasMessageContaining("kelola.vision.model-path");
  }

  @Test
  void limitsAreValidated() {
    assertThatThrownBy(() -> InspectionLimits.of(null, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InspectionLimits.of(new Lab(50, 0, 0), 1, 101, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InspectionLimits.of(new Lab(50, 0, 0), 1, 1, 1, 1).withDetectorThresholds(1.0, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
