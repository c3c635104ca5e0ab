package io.kelola.vision.domain;

/**
 * sRGB → linear RGB → XYZ (D65) → CIELAB, and the CIEDE2000 difference as specified by Sharma, Wu
 * and Dalal (2005), including their notes on hue angles of achromatic colours and the mean hue.
 */
public final class CieLab {

  private static final double[] LINEAR = new double[256];
  // D65 reference white (2° observer), Y normalised to 1
  private static final double XN = 0.95047;
  private static final double YN = 1.0;
  private static final double ZN = 1.08883;
  private static final double POW7_25 = Math.pow(25, 7);

  static {
    for (int i = 0; i < 256; i++) {
      double c = i / 255.0;
      LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
  }

  private CieLab() {}

  /** Linear-light value 0..1 of an 8-bit sRGB channel value. */
  public static double linear(int channel) {
    return LINEAR[channel & 0xFF];
  }

  /** Lab {L, a, b} of a linear-light RGB triple (each 0..1). */
  public static double[] fromLinear(double r, double g, double b) {
    double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    double fx = f(x / XN);
    double fy = f(y / YN);
    double fz = f(z / ZN);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    final double e = 216.0 / 24389;
    final double k = 24389.0 / 27;
    return t > e ? Math.cbrt(t) : (k * t + 16) / 116;
  }

  /** CIEDE2000 ΔE between two Lab colours with kL = kC = kH = 1. */
  public static double deltaE2000(double l1, double a1, double b1, double l2, double a2, double b2) {
    double c1 = Math.hypot(a1, b1);
    double c2 = Math.hypot(a2, b2);
    double cMean7 = Math.pow((c1 + c2) / 2, 7);
    double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW7_25)));
    double a1p = (1 + g) * a1;
    double a2p = (1 + g) * a2;
    double c1p = Math.hypot(a1p, b1);
    double c2p = Math.hypot(a2p, b2);
    double h1p = hueDegrees(a1p, b1);
    double h2p = hueDegrees(a2p, b2);

    double dLp = l2 - l1;
    double dCp = c2p - c1p;
    double dhp;
    if (c1p * c2p == 0) dhp = 0;
    else if (Math.abs(h2p - h1p) <= 180) dhp = h2p - h1p;
    else if (h2p - h1p > 180) dhp = h2p - h1p - 360;
    else dhp = h2p - h1p + 360;
    double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));

    double lMean = (l1 + l2) / 2;
    double cMeanP = (c1p + c2p) / 2;
    double hMeanP;
    if (c1p * c2p == 0) hMeanP = h1p + h2p;
    else if (Math.abs(h1p - h2p) <= 180) hMeanP = (h1p + h2p) / 2;
    else if (h1p + h2p < 360) hMeanP = (h1p + h2p + 360) / 2;
    else hMeanP = (h1p + h2p - 360) / 2;

    double t = 1 - 0.17 * cosDeg(hMeanP - 30) + 0.24 * cosDeg(2 * hMeanP) + 0.32 * cosDeg(3 * hMeanP + 6)
        - 0.20 * cosDeg(4 * hMeanP - 63);
    double dTheta = 30 * Math.exp(-Math.pow((hMeanP - 275) / 25, 2));
    double cMeanP7 = Math.pow(cMeanP, 7);
    double rc = 2 * Math.sqrt(cMeanP7 / (cMeanP7 + POW7_25));
    double l50 = (lMean - 50) * (lMean - 50);
    double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
    double sc = 1 + 0.045 * cMeanP;
    double sh = 1 + 0.015 * cMeanP * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;

    double dl = dLp / sl;
    double dc = dCp / sc;
    double dh = dHp / sh;
    return Math.sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh);
  }

  private static double hueDegrees(double a, double b) {
    if (a == 0 && b == 0) return 0;
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double cosDeg(double degrees) {
    return Math.cos(Math.toRadians(degrees));
  }
}
