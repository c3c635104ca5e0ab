package io.kelola.vision.domain;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * An image as packed 0xRRGGBB ints, row by row, sharing its array with a TYPE_INT_RGB
 * BufferedImage so Java2D (scaling, drawing) and plain loops work on the same pixels.
 */
public record RgbImage(BufferedImage image, int width, int height, int[] pixels) {

  /** Wraps a TYPE_INT_RGB image without copying. */
  public static RgbImage of(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("TYPE_INT_RGB expected");
    var pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    return new RgbImage(image, image.getWidth(), image.getHeight(), pixels);
  }

  /** A blank (black) image. */
  public static RgbImage blank(int width, int height) {
    return of(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
  }
}
