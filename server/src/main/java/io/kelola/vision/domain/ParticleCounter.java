package io.kelola.vision.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dark particles: a pixel belongs to a particle when its luminance lies more than a threshold below
 * the local background (the mean of a window about 1/8 of the shorter image side), so uneven
 * lighting does not create particles. Particles are the 8-connected components of such pixels with
 * at least {@code minArea} pixels.
 *
 * <p>Threshold T = max({@value #MIN_CONTRAST}, 4σ) luminance levels, σ being the image noise
 * estimated robustly (1.4826 × median absolute deviation from the background).
 * <p>Confidence: with particles, how far their median mean contrast exceeds T (2·T or more = 1);
 * without, how far the noise stays below T (1 − 3σ/T). Either way 0..1.
 */
public final class ParticleCounter {

  static final int MIN_CONTRAST = 30;

  private ParticleCounter() {}

  /** One particle: label in {@link Result#labels}, centroid, area and mean contrast (levels). */
  public record Blob(int label, double centreX, double centreY, int area, double meanContrast) {}

  /**
   * @param labels per pixel: the blob label (1..) for pixels of a kept particle, 0 or −1 otherwise
   */
  public record Result(List<Blob> blobs, int[] labels, double threshold, double noise, double confidence) {}

  public static Result count(RgbImage image, int minArea) {
    return count(image, Luma.of(image), minArea);
  }

  /** As {@link #count(RgbImage, int)} with the image's luminance already computed. */
  static Result count(RgbImage image, int[] luma, int minArea) {
    int w = image.width(), h = image.height(), n = w * h;
    int[] background = Luma.boxMean(luma, w, h, Math.clamp(Math.min(w, h) / 16, 7, 100));
    var histogram = new int[256];
    for (int i = 0; i < n; i++) histogram[Math.abs(luma[i] - background[i])]++;
    double noise = 1.4826 * median(histogram, n);
    double threshold = Math.max(MIN_CONTRAST, 4 * noise);

    int[] labels = new int[n];
    int[] stack = new int[1024];
    var blobs = new ArrayList<Blob>();
    int next = 1;
    for (int start = 0; start < n; start++) {
      if (labels[start] != 0 || background[start] - luma[start] <= threshold) continue;
      int label = next;
      labels[start] = label;
      int top = 0, visited = 0;
      stack[top++] = start;
      long sumX = 0, sumY = 0, contrast = 0;
      int[] members = stack;
      // the stack doubles as the member list: pushed entries are kept, a cursor walks them
      while (visited < top) {
        int p = members[visited++];
        int x = p % w, y = p / w;
        sumX += x;
        sumY += y;
        contrast += background[p] - luma[p];
        for (int dy = -1; dy <= 1; dy++) {
          int yy = y + dy;
          if (yy < 0 || yy >= h) continue;
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            if (xx < 0 || xx >= w || (dx == 0 && dy == 0)) continue;
            int q = yy * w + xx;
            if (labels[q] != 0 || background[q] - luma[q] <= threshold) continue;
            labels[q] = label;
            if (top == members.length) members = Arrays.copyOf(members, members.length * 2);
            members[top++] = q;
          }
        }
      }
      stack = members;
      if (top >= minArea) {
        blobs.add(new Blob(label, (double) sumX / top + 0.5, (double) sumY / top + 0.5, top, (double) contrast / top));
        next++;
      } else {
        for (int i = 0; i < top; i++) labels[members[i]] = -1;
      }
    }
    return new Result(blobs, labels, threshold, noise, confidence(blobs, threshold, noise));
  }

  private static double confidence(List<Blob> blobs, double threshold, double noise) {
    if (blobs.isEmpty()) return Math.clamp(1 - 3 * noise / threshold, 0, 1);
    double[] ratios = blobs.stream().mapToDouble(b -> b.meanContrast() / threshold).sorted().toArray();
    return Math.clamp(ratios[ratios.length / 2] - 1, 0, 1);
  }

  private static double median(int[] histogram, int total) {
    int half = total / 2, seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen > half) return v;
    }
    return 0;
  }
}
