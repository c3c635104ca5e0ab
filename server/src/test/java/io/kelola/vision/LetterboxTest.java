package io.kelola.vision;

import static io.kelola.vision.TestImages.plain;
import static io.kelola.vision.TestImages.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kelola.vision.domain.Letterbox;
import java.awt.Color;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class LetterboxTest {

  @Test
  void widePictureIsScaledToTheWidthAndPaddedGreyAboveAndBelow() {
    var box = Letterbox.of(800, 400, 64);
    assertThat(box.scale()).isEqualTo(0.08);
    assertThat(box.scaledWidth()).isEqualTo(64);
    assertThat(box.scaledHeight()).isEqualTo(32);
    assertThat(box.padX()).isZero();
    assertThat(box.padY()).isEqualTo(16);

    var tensor = new float[3 * 64 * 64];
    box.fill(rgb(plain(800, 400, new Color(255, 0, 51))), FloatBuffer.wrap(tensor));
    int plane = 64 * 64;
    float grey = 114 / 255f;
    assertThat(tensor[0]).isEqualTo(grey);                     // top-left: padding
    assertThat(tensor[plane - 1]).isEqualTo(grey);             // bottom-right: padding
    int inside = 30 * 64 + 10;
    assertThat(tensor[inside]).isCloseTo(1f, within(1e-6f));              // R
    assertThat(tensor[plane + inside]).isCloseTo(0f, within(1e-6f));      // G
    assertThat(tensor[2 * plane + inside]).isCloseTo(0.2f, within(1e-6f)); // B
  }

  @Test
  void tallPictureIsPaddedLeftAndRightAndPointsMapBack() {
    var box = Letterbox.of(300, 600, 640);
    assertThat(box.padX()).isEqualTo(160);
    assertThat(box.padY()).isZero();
    assertThat(box.toOriginalX(160)).isZero();
    assertThat(box.toOriginalX(480)).isCloseTo(300, within(1e-9));
    assertThat(box.toOriginalX(10)).as("clipped").isZero();
    assertThat(box.toOriginalY(320)).isCloseTo(300, within(1e-9));
    assertThat(box.onImage(100, 300)).isFalse();
    assertThat(box.onImage(200, 300)).isTrue();
  }

  @Test
  void largeShrinkAveragesBlocksSoASpeckSurvivesAsADarkerCell() {
    // 3200×3200 with a 10-pixel black speck, shrunk 5×: the speck becomes a clearly darker spot
    var image = TestImages.square(plain(3200, 3200, Color.WHITE), 1600, 1600, 10, Color.BLACK);
    var box = Letterbox.of(3200, 3200, 640);
    var tensor = new float[3 * 640 * 640];
    box.fill(rgb(image), FloatBuffer.wrap(tensor));
    float darkest = 1;
    for (int y = 318; y <= 323; y++) for (int x = 318; x <= 323; x++) darkest = Math.min(darkest, tensor[y * 640 + x]);
    assertThat(darkest).isLessThan(0.5f);
  }
}
