package io.kelola.vision;

/**
 * What a sample must meet, usually from the product's QC specification.
 *
 * @param referenceColour the colour a good sample has
 * @param deltaEMax largest acceptable ΔE2000 between the sample's mean colour and the reference
 * @param hazeMax largest acceptable haze index (0..100)
 * @param particleMax largest acceptable number of particles
 * @param minParticleArea specks smaller than this many pixels are ignored (noise, dust on the lens)
 * @param confidenceThreshold detector confidence threshold, or null for {@code kelola.vision.confidence-threshold}
 * @param iouThreshold detector NMS IoU threshold, or null for {@code kelola.vision.iou-threshold}
 */
public record InspectionLimits(
    Lab referenceColour, double deltaEMax, double hazeMax, int particleMax, int minParticleArea,
    Double confidenceThreshold, Double iouThreshold) {

  public InspectionLimits {
    if (referenceColour == null) throw new IllegalArgumentException("referenceColour is required");
    if (!(deltaEMax >= 0)) throw new IllegalArgumentException("deltaEMax must be >= 0");
    if (!(hazeMax >= 0 && hazeMax <= 100)) throw new IllegalArgumentException("hazeMax must be within 0..100");
    if (particleMax < 0) throw new IllegalArgumentException("particleMax must be >= 0");
    if (minParticleArea < 1) throw new IllegalArgumentException("minParticleArea must be >= 1");
    if (confidenceThreshold != null && !(confidenceThreshold > 0 && confidenceThreshold < 1)) {
      throw new IllegalArgumentException("confidenceThreshold must be within (0, 1)");
    }
    if (iouThreshold != null && !(iouThreshold > 0 && iouThreshold <= 1)) {
      throw new IllegalArgumentException("iouThreshold must be within (0, 1]");
    }
  }

  /** Limits that use the configured detector thresholds. */
  public static InspectionLimits of(Lab referenceColour, double deltaEMax, double hazeMax, int particleMax, int minParticleArea) {
    return new InspectionLimits(referenceColour, deltaEMax, hazeMax, particleMax, minParticleArea, null, null);
  }

  /** The same limits with other detector thresholds. */
  public InspectionLimits withDetectorThresholds(double confidence, double iou) {
    return new InspectionLimits(referenceColour, deltaEMax, hazeMax, particleMax, minParticleArea, confidence, iou);
  }
}
