package io.kelola.vision;

import io.kelola.vision.domain.RgbImage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Synthetic sample photos: plain backgrounds with squares and discs drawn pixel-exact. */
final class TestImages {

  private TestImages() {}

  static BufferedImage plain(int width, int height, Color colour) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  static BufferedImage square(BufferedImage image, int x, int y, int size, Color colour) {
    var g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(x, y, size, size);
    g.dispose();
    return image;
  }

  /** A disc with centre (cx, cy): every pixel whose centre lies within the radius. */
  static BufferedImage disc(BufferedImage image, double cx, double cy, double radius, Color colour) {
    for (int y = (int) (cy - radius - 1); y <= cy + radius + 1; y++) {
      for (int x = (int) (cx - radius - 1); x <= cx + radius + 1; x++) {
        double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
        if (dx * dx + dy * dy <= radius * radius) image.setRGB(x, y, colour.getRGB());
      }
    }
    return image;
  }

  static RgbImage rgb(BufferedImage image) {
    return RgbImage.of(image);
  }

  static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  static byte[] encode(BufferedImage image, String format) {
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
