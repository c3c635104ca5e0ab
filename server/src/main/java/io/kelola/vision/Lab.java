package io.kelola.vision;

import io.kelola.vision.domain.CieLab;

/**
 * A CIELAB colour (D65 white, 2° observer).
 *
 * @param l lightness 0..100
 * @param a green (−) to red (+)
 * @param b blue (−) to yellow (+)
 */
public record Lab(double l, double a, double b) {

  /** CIEDE2000 colour difference to {@code other} (kL = kC = kH = 1). */
  public double deltaE2000(Lab other) {
    return CieLab.deltaE2000(l, a, b, other.l, other.a, other.b);
  }

  /** The colour of an 8-bit sRGB pixel. */
  public static Lab ofSrgb(int red, int green, int blue) {
    var lab = CieLab.fromLinear(CieLab.linear(red), CieLab.linear(green), CieLab.linear(blue));
    return new Lab(lab[0], lab[1], lab[2]);
  }
}
