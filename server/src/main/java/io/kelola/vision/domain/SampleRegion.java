package io.kelola.vision.domain;

/**
 * The part of the photo taken to be the sample for colour and haze: the central rectangle of half
 * the width and half the height (a quarter of the area), where the vial or cuvette sits when the
 * photo is framed as the QC procedure asks; the border (background, vial edges, glare) is left out.
 */
public record SampleRegion(int x0, int y0, int x1, int y1) {

  public static SampleRegion centreOf(int width, int height) {
    int x0 = width / 4, y0 = height / 4;
    return new SampleRegion(x0, y0, Math.max(x0 + 1, width - width / 4), Math.max(y0 + 1, height - height / 4));
  }

  public int area() {
    return (x1 - x0) * (y1 - y0);
  }
}
