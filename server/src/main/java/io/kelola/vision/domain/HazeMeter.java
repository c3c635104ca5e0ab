package io.kelola.vision.domain;

/**
 * Haze/turbidity index 0..100 of the {@link SampleRegion}: 100 × (0.7 × veil + 0.3 × (1 − detail)).
 *
 * <ul>
 *   <li>veil = mean of min(R, G, B) / 255 — the dark channel: a milky, scattering liquid lifts every
 *       channel towards white, so even saturated colours lose their dark channel;</li>
 *   <li>detail = min(1, σ(Laplacian of luminance) / 20) — fine structure seen through the sample
 *       (label text, edges, the vial's meniscus) fades with turbidity and blur.</li>
 * </ul>
 * A white veil (pixel → (1−α)·pixel + α·white) raises the first term and shrinks the Laplacian, so
 * the index rises monotonically with α; blur raises it through the detail term. It is a relative
 * index: compare photos of one product taken the same way, with a product-specific maximum.
 *
 * <p>Confidence = (1 − clipped) × min(1, region pixels / 4096): blown-out or crushed pixels and
 * tiny regions say little about haze.
 */
public final class HazeMeter {

  private HazeMeter() {}

  public record Result(double index, double confidence) {}

  public static Result measure(RgbImage image, int[] particleLabels) {
    return measure(image, Luma.of(image), particleLabels);
  }

  /** As {@link #measure(RgbImage, int[])} with the image's luminance already computed. */
  static Result measure(RgbImage image, int[] luma, int[] particleLabels) {
    var region = SampleRegion.centreOf(image.width(), image.height());
    int[] px = image.pixels();
    int w = image.width(), h = image.height();
    double veil = 0, lap = 0, lap2 = 0;
    long n = 0, nVeil = 0, nLap = 0, clipped = 0;
    for (int y = region.y0(); y < region.y1(); y++) {
      for (int x = region.x0(), i = y * w + x; x < region.x1(); x++, i++) {
        int p = px[i];
        int cr = (p >> 16) & 0xFF, cg = (p >> 8) & 0xFF, cb = p & 0xFF;
        int max = Math.max(cr, Math.max(cg, cb));
        if (max >= 254 || max <= 2) clipped++;
        n++;
        if (particleLabels == null || particleLabels[i] == 0) {
          veil += Math.min(cr, Math.min(cg, cb));
          nVeil++;
        }
        if (x > 0 && y > 0 && x < w - 1 && y < h - 1) {
          int l = 4 * luma[i] - luma[i - 1] - luma[i + 1] - luma[i - w] - luma[i + w];
          lap += l;
          lap2 += (double) l * l;
          nLap++;
        }
      }
    }
    if (n == 0) return new Result(0, 0);
    double veilShare = nVeil == 0 ? 1 : veil / 255 / nVeil;
    double detail = 0;
    if (nLap > 0) {
      double mean = lap / nLap;
      detail = Math.min(1, Math.sqrt(Math.max(0, lap2 / nLap - mean * mean)) / 20);
    }
    double index = 100 * (0.7 * veilShare + 0.3 * (1 - detail));
    double confidence = (1 - (double) clipped / n) * Math.min(1, n / 4096.0);
    return new Result(Math.clamp(index, 0, 100), confidence);
  }
}
