package io.kelola.vision.domain;

import java.nio.FloatBuffer;

/**
 * YOLOv8 letterboxing: scales the image to fit a square input keeping its aspect ratio, centres it
 * on grey (114/255) padding and writes it as an NCHW float RGB tensor with values 0..1.
 *
 * @param scale input pixels per original pixel
 * @param padX left padding in input pixels
 * @param padY top padding in input pixels
 * @param width original width
 * @param height original height
 * @param size input edge
 */
public record Letterbox(double scale, int padX, int padY, int width, int height, int size) {

  public static final int PAD_GREY = 114;
  private static final float[] UNIT = new float[256];

  static {
    for (int i = 0; i < 256; i++) UNIT[i] = i / 255f;
  }

  /** Where an image of this size lands in a square input of {@code size} pixels. */
  public static Letterbox of(int width, int height, int size) {
    double scale = Math.min((double) size / width, (double) size / height);
    int w = Math.max(1, (int) Math.round(width * scale));
    int h = Math.max(1, (int) Math.round(height * scale));
    return new Letterbox(scale, (size - w) / 2, (size - h) / 2, width, height, size);
  }

  public int scaledWidth() {
    return Math.max(1, (int) Math.round(width * scale));
  }

  public int scaledHeight() {
    return Math.max(1, (int) Math.round(height * scale));
  }

  /**
   * Writes {@code image} letterboxed into {@code tensor} (3·size² floats: planes R, G, B, values
   * 0..1). Bilinear resampling on the packed pixels; a shrink by more than 2× first averages
   * integer blocks so small specks fade instead of vanishing between samples.
   */
  public void fill(RgbImage image, FloatBuffer tensor) {
    padding(tensor);
    int[] src = image.pixels();
    int sw = image.width(), sh = image.height();
    int factor = (int) Math.floor(1 / scale);
    if (factor >= 2) {
      src = blockAverage(src, sw, sh, factor);
      sw = Math.max(1, sw / factor);
      sh = Math.max(1, sh / factor);
    }
    int tw = scaledWidth(), th = scaledHeight();
    if (tw == sw && th == sh) {
      unpack(src, sw, sh, tensor);
      return;
    }
    int plane = size * size;
    double fx = (double) sw / tw, fy = (double) sh / th;
    int[] x0 = new int[tw], x1 = new int[tw];
    float[] wx = new float[tw];
    for (int x = 0; x < tw; x++) {
      double sx = Math.clamp((x + 0.5) * fx - 0.5, 0, sw - 1);
      x0[x] = (int) sx;
      x1[x] = Math.min(x0[x] + 1, sw - 1);
      wx[x] = (float) (sx - x0[x]);
    }
    for (int y = 0; y < th; y++) {
      double sy = Math.clamp((y + 0.5) * fy - 0.5, 0, sh - 1);
      int r0 = (int) sy * sw, r1 = Math.min((int) sy + 1, sh - 1) * sw;
      float wy = (float) (sy - (int) sy);
      int out = (padY + y) * size + padX;
      for (int x = 0; x < tw; x++, out++) {
        int a = src[r0 + x0[x]], b = src[r0 + x1[x]], c = src[r1 + x0[x]], d = src[r1 + x1[x]];
        float u = wx[x];
        tensor.put(out, mix(a >> 16, b >> 16, c >> 16, d >> 16, u, wy));
        tensor.put(plane + out, mix(a >> 8, b >> 8, c >> 8, d >> 8, u, wy));
        tensor.put(2 * plane + out, mix(a, b, c, d, u, wy));
      }
    }
  }

  /** Grey where the image does not land: the bands above/below or left/right of it, in every plane. */
  private void padding(FloatBuffer tensor) {
    float grey = UNIT[PAD_GREY];
    int top = padY, bottom = padY + scaledHeight(), left = padX, right = padX + scaledWidth();
    for (int c = 0; c < 3; c++) {
      int base = c * size * size;
      for (int y = 0; y < size; y++) {
        int row = base + y * size;
        if (y < top || y >= bottom) {
          for (int x = 0; x < size; x++) tensor.put(row + x, grey);
        } else {
          for (int x = 0; x < left; x++) tensor.put(row + x, grey);
          for (int x = right; x < size; x++) tensor.put(row + x, grey);
        }
      }
    }
  }

  private void unpack(int[] src, int w, int h, FloatBuffer tensor) {
    int plane = size * size;
    for (int y = 0; y < h; y++) {
      for (int x = 0, in = y * w, out = (padY + y) * size + padX; x < w; x++, in++, out++) {
        int p = src[in];
        tensor.put(out, UNIT[(p >> 16) & 0xFF]);
        tensor.put(plane + out, UNIT[(p >> 8) & 0xFF]);
        tensor.put(2 * plane + out, UNIT[p & 0xFF]);
      }
    }
  }

  private static float mix(int a, int b, int c, int d, float u, float v) {
    float top = UNIT[a & 0xFF] + u * (UNIT[b & 0xFF] - UNIT[a & 0xFF]);
    float bottom = UNIT[c & 0xFF] + u * (UNIT[d & 0xFF] - UNIT[c & 0xFF]);
    return top + v * (bottom - top);
  }

  /** Each output pixel = mean of a factor×factor block (remainder rows/columns dropped). */
  static int[] blockAverage(int[] src, int w, int h, int factor) {
    int ow = Math.max(1, w / factor), oh = Math.max(1, h / factor);
    int[] out = new int[ow * oh];
    int[] r = new int[ow], g = new int[ow], b = new int[ow];
    int n = factor * factor;
    for (int oy = 0; oy < oh; oy++) {
      java.util.Arrays.fill(r, 0);
      java.util.Arrays.fill(g, 0);
      java.util.Arrays.fill(b, 0);
      for (int y = oy * factor; y < Math.min(h, (oy + 1) * factor); y++) {
        int row = y * w;
        for (int ox = 0, x = 0; ox < ow; ox++) {
          for (int k = 0; k < factor && x < w; k++, x++) {
            int p = src[row + x];
            r[ox] += (p >> 16) & 0xFF;
            g[ox] += (p >> 8) & 0xFF;
            b[ox] += p & 0xFF;
          }
        }
      }
      for (int ox = 0; ox < ow; ox++) out[oy * ow + ox] = (r[ox] / n) << 16 | (g[ox] / n) << 8 | (b[ox] / n);
    }
    return out;
  }

  /** An x coordinate in input pixels mapped back to the original image and clipped to it. */
  public double toOriginalX(double x) {
    return Math.clamp((x - padX) / scale, 0, width);
  }

  public double toOriginalY(double y) {
    return Math.clamp((y - padY) / scale, 0, height);
  }

  /** True when an input-pixel point lies on the image, not on the padding. */
  public boolean onImage(double x, double y) {
    return x >= padX && x < padX + scaledWidth() && y >= padY && y < padY + scaledHeight();
  }
}
