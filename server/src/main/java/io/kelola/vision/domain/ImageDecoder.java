package io.kelola.vision.domain;

import io.kelola.vision.UnreadableImageException;
import io.kelola.vision.UnreadableImageException.Reason;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * Decodes PNG/JPEG (whatever ImageIO reads) into an {@link RgbImage}, refusing oversized input
 * first: the byte size, then the pixel count read from the header before any pixel is decoded.
 * Every failure of the decoder on hostile or broken input becomes an {@link UnreadableImageException}.
 */
public final class ImageDecoder {

  private final long maxBytes;
  private final long maxPixels;

  public ImageDecoder(long maxBytes, long maxPixels) {
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
  }

  public RgbImage decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) throw new UnreadableImageException(Reason.NOT_AN_IMAGE);
    if (bytes.length > maxBytes) throw new UnreadableImageException(Reason.TOO_MANY_BYTES, maxBytes);
    try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      var readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) throw new UnreadableImageException(Reason.NOT_AN_IMAGE);
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) throw new UnreadableImageException(Reason.CORRUPT);
        if (width * height > maxPixels) throw new UnreadableImageException(Reason.TOO_MANY_PIXELS, width, height, maxPixels);
        var decoded = reader.read(0);
        if (decoded == null) throw new UnreadableImageException(Reason.CORRUPT);
        return toRgb(decoded);
      } finally {
        reader.dispose();
      }
    } catch (UnreadableImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // ImageIO plug-ins throw anything from IIOException to IndexOutOfBounds on broken streams
      throw new UnreadableImageException(Reason.CORRUPT);
    }
  }

  /** Packs the reader's B, G, R bytes into ints: one pass, no Java2D conversion loop. */
  private static RgbImage fromBgr(BufferedImage source) {
    var raster = source.getRaster();
    if (!(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1
        || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel model) || model.getPixelStride() != 3
        || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
      return drawn(source);
    }
    byte[] bgr = buffer.getData();
    int w = source.getWidth(), h = source.getHeight(), stride = model.getScanlineStride();
    var target = RgbImage.blank(w, h);
    int[] out = target.pixels();
    for (int y = 0; y < h; y++) {
      for (int x = 0, i = y * stride, o = y * w; x < w; x++, i += 3, o++) {
        out[o] = (bgr[i + 2] & 0xFF) << 16 | (bgr[i + 1] & 0xFF) << 8 | (bgr[i] & 0xFF);
      }
    }
    return target;
  }

  /** TYPE_INT_RGB as is; anything else drawn onto white (transparent areas become white). */
  static RgbImage toRgb(BufferedImage source) {
    if (source.getType() == BufferedImage.TYPE_INT_RGB) return RgbImage.of(source);
    if (source.getType() == BufferedImage.TYPE_3BYTE_BGR) return fromBgr(source); // what PNG and JPEG readers give
    return drawn(source);
  }

  private static RgbImage drawn(BufferedImage source) {
    var target = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = target.createGraphics();
    try {
      if (source.getColorModel().hasAlpha()) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, source.getWidth(), source.getHeight());
        g.setComposite(AlphaComposite.SrcOver);
      }
      g.drawImage(source, 0, 0, null);
    } finally {
      g.dispose();
    }
    return RgbImage.of(target);
  }
}
