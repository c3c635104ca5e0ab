package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.vision.onnx.DemoModel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The shipped demo model is exactly what the generator writes, and the defaults match it. */
class DemoModelTest {

  @Test
  void regeneratingTheDemoModelGivesTheShippedBytes() throws IOException {
    byte[] shipped;
    try (var in = getClass().getClassLoader().getResourceAsStream(Inspector.DEMO_MODEL)) {
      assertThat(in).as(Inspector.DEMO_MODEL + " on the classpath").isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(DemoModel.bytes())
        .as("run 'java -cp server/target/classes io.kelola.vision.onnx.DemoModel' from the repository root")
        .isEqualTo(shipped);
    assertThat(shipped.length).isLessThan(16 * 1024);
  }

  @Test
  void defaultClassNamesAreTheDemoModelsRows() {
    assertThat(VisionProperties.defaults().classNames()).containsExactly("foreign_matter", "bubble");
    assertThat(DemoModel.CLASS_NAMES).isEqualTo(VisionProperties.defaults().classNames());
  }
}
