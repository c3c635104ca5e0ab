package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.vision.onnx.DemoModel;
import org.junit.jupiter.api.Test;

/** The demo model is generated the same every time (its version is stable), small, and the defaults match it. */
class DemoModelTest {

  @Test
  void theDemoModelIsDeterministicAndSmall() {
    var first = DemoModel.bytes();
    assertThat(DemoModel.bytes()).isEqualTo(first);
    assertThat(first.length).isLessThan(16 * 1024);
  }

  @Test
  void theDemoModelsVersionNamesItAndItsContent() {
    var inspector = new Inspector(VisionProperties.defaults());
    assertThat(inspector.modelVersion()).startsWith(Inspector.DEMO_MODEL + "@").hasSize(Inspector.DEMO_MODEL.length() + 13);
  }

  @Test
  void defaultClassNamesAreTheDemoModelsRows() {
    assertThat(VisionProperties.defaults().classNames()).containsExactly("foreign_matter", "bubble");
    assertThat(DemoModel.CLASS_NAMES).isEqualTo(VisionProperties.defaults().classNames());
  }
}
