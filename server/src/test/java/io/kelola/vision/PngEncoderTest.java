package io.kelola.vision;

import static org.assertj.core.api.Assertions.assertThat;

import io.kelola.vision.domain.PngEncoder;
import io.kelola.vision.domain.RgbImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  @Test
  void roundTripsEveryPixelThroughImageIo() throws Exception {
    var image = RgbImage.blank(123, 77);
    var random = new SplittableRandom(11);
    for (int i = 0; i < image.pixels().length; i++) image.pixels()[i] = random.nextInt(0x1000000);
    var decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
    assertThat(decoded.getWidth()).isEqualTo(123);
    assertThat(decoded.getHeight()).isEqualTo(77);
    for (int y = 0; y < 77; y++) {
      for (int x = 0; x < 123; x++) {
        assertThat(decoded.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.pixels()[y * 123 + x]);
      }
    }
  }
}
