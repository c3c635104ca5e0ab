package io.kelola.vision.domain;

import io.kelola.vision.InspectionLimits;
import io.kelola.vision.InspectionReport.ColourMeasure;
import io.kelola.vision.InspectionReport.HazeMeasure;
import io.kelola.vision.InspectionReport.Particle;
import io.kelola.vision.InspectionReport.ParticleMeasure;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Runs the classical measures — particles first, so colour and haze can leave particle pixels out —
 * on the image, or on a scaled-down copy when it has more than {@code maxPixels} pixels (positions
 * and sizes are then scaled back to original pixels).
 *
 * @param scale measured pixels per original pixel (1 when measured at full size)
 * @param measured the image the measures saw; {@code particles.labels()} index its pixels
 */
public record Measurements(ColourMeasure colour, HazeMeasure haze, ParticleMeasure particleMeasure,
    ParticleCounter.Result particles, RgbImage measured, double scale) {

  public static Measurements of(RgbImage image, InspectionLimits limits, long maxPixels) {
    double scale = Math.min(1, Math.sqrt((double) maxPixels / ((long) image.width() * image.height())));
    var measured = scale < 1 ? scaled(image, scale) : image;
    int minArea = Math.max(1, (int) Math.round(limits.minParticleArea() * scale * scale));
    int[] luma = Luma.of(measured);
    var particles = ParticleCounter.count(measured, luma, minArea);
    var colour = ColourMeter.measure(measured, particles.labels());
    var haze = HazeMeter.measure(measured, luma, particles.labels());
    double deltaE = colour.mean().deltaE2000(limits.referenceColour());
    var items = particles.blobs().stream().map(b -> {
      double area = b.area() / (scale * scale);
      return new Particle(b.centreX() / scale, b.centreY() / scale, area, 2 * Math.sqrt(area / Math.PI));
    }).toList();
    return new Measurements(
        new ColourMeasure(colour.mean(), deltaE, deltaE <= limits.deltaEMax(), colour.confidence()),
        new HazeMeasure(haze.index(), haze.index() <= limits.hazeMax(), haze.confidence()),
        new ParticleMeasure(items.size(), items, items.size() <= limits.particleMax(), particles.confidence()),
        particles, measured, scale);
  }

  private static RgbImage scaled(RgbImage image, double scale) {
    int w = Math.max(1, (int) Math.round(image.width() * scale));
    int h = Math.max(1, (int) Math.round(image.height() * scale));
    var target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image.image(), 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return RgbImage.of(target);
  }
}
