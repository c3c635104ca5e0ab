package io.kelola.vision.domain;

import io.kelola.vision.Lab;

/**
 * Mean colour of the {@link SampleRegion}, particle pixels excluded: pixels are averaged in linear
 * light (physically meaningful mixing), then converted to CIELAB.
 *
 * <p>Confidence = (1 − min(1, σ/50)) × (1 − clipped), σ being the standard deviation of luminance
 * in the region (an uneven region has no single colour) and clipped the share of pixels with a
 * channel at 254–255 or all channels at 0–2 (the sensor lost the true colour there).
 */
public final class ColourMeter {

  private ColourMeter() {}

  public record Result(Lab mean, double confidence) {}

  public static Result measure(RgbImage image, int[] particleLabels) {
    var region = SampleRegion.centreOf(image.width(), image.height());
    int[] px = image.pixels();
    int w = image.width();
    double r = 0, g = 0, b = 0, sumY = 0, sumY2 = 0;
    long n = 0, clipped = 0;
    for (int y = region.y0(); y < region.y1(); y++) {
      for (int x = region.x0(), i = y * w + x; x < region.x1(); x++, i++) {
        if (particleLabels != null && particleLabels[i] != 0) continue;
        int p = px[i];
        int cr = (p >> 16) & 0xFF, cg = (p >> 8) & 0xFF, cb = p & 0xFF;
        r += CieLab.linear(cr);
        g += CieLab.linear(cg);
        b += CieLab.linear(cb);
        int luma = Luma.luma(p);
        sumY += luma;
        sumY2 += (double) luma * luma;
        if (Math.max(cr, Math.max(cg, cb)) >= 254 || Math.max(cr, Math.max(cg, cb)) <= 2) clipped++;
        n++;
      }
    }
    if (n == 0) return new Result(new Lab(0, 0, 0), 0);
    double[] lab = CieLab.fromLinear(r / n, g / n, b / n);
    double mean = sumY / n;
    double sigma = Math.sqrt(Math.max(0, sumY2 / n - mean * mean));
    double confidence = (1 - Math.min(1, sigma / 50)) * (1 - (double) clipped / n);
    return new Result(new Lab(lab[0], lab[1], lab[2]), confidence);
  }
}
