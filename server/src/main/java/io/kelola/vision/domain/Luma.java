package io.kelola.vision.domain;

/** Integer luminance (Rec. 601 weights, 0..255) and a fast separable box mean. */
final class Luma {

  private Luma() {}

  static int luma(int rgb) {
    return (((rgb >> 16) & 0xFF) * 77 + ((rgb >> 8) & 0xFF) * 150 + (rgb & 0xFF) * 29) >> 8;
  }

  static int[] of(RgbImage image) {
    int[] px = image.pixels();
    int[] out = new int[px.length];
    for (int i = 0; i < px.length; i++) out[i] = luma(px[i]);
    return out;
  }

  /** Mean over a (2r+1)² window clipped to the image, with running sums: O(1) per pixel. */
  static int[] boxMean(int[] values, int w, int h, int r) {
    int[] rows = new int[values.length];
    for (int y = 0; y < h; y++) {
      int base = y * w, sum = 0;
      for (int x = 0; x <= Math.min(r, w - 1); x++) sum += values[base + x];
      for (int x = 0; x < w; x++) {
        rows[base + x] = sum;
        if (x + r + 1 < w) sum += values[base + x + r + 1];
        if (x - r >= 0) sum -= values[base + x - r];
      }
    }
    // vertical pass row by row over per-column running sums: sequential memory access
    int[] out = new int[values.length];
    int[] sums = new int[w];
    for (int y = 0; y <= Math.min(r, h - 1); y++) {
      for (int x = 0; x < w; x++) sums[x] += rows[y * w + x];
    }
    // one division per pixel costs more than the rest of the pass: multiply by reciprocals of the
    // window areas instead (they change only near the borders), nudged so exact quotients stay exact
    double[] reciprocal = new double[w];
    int reciprocalLines = -1;
    for (int y = 0; y < h; y++) {
      int lines = Math.min(y + r, h - 1) - Math.max(y - r, 0) + 1;
      if (lines != reciprocalLines) {
        for (int x = 0; x < w; x++) {
          int cols = Math.min(x + r, w - 1) - Math.max(x - r, 0) + 1;
          reciprocal[x] = 1.0 / (cols * lines);
        }
        reciprocalLines = lines;
      }
      int base = y * w;
      for (int x = 0; x < w; x++) out[base + x] = (int) (sums[x] * reciprocal[x] + 1e-7);
      if (y + r + 1 < h) for (int x = 0, add = (y + r + 1) * w; x < w; x++) sums[x] += rows[add + x];
      if (y - r >= 0) for (int x = 0, sub = (y - r) * w; x < w; x++) sums[x] -= rows[sub + x];
    }
    return out;
  }
}
