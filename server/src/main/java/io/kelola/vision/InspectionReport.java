package io.kelola.vision;

import java.util.List;

/**
 * The result of one inspection. Coordinates and sizes are in pixels of the original image.
 *
 * @param imageWidth width of the inspected image
 * @param imageHeight height of the inspected image
 * @param detections the detector's boxes after the confidence threshold and per-class NMS
 * @param colour mean colour of the sample region and its ΔE2000 to the reference
 * @param haze haze/turbidity index of the sample region
 * @param particles dark particles found by thresholding against the local background
 * @param modelVersion model file name and the first 12 hex digits of its SHA-256
 * @param limits the limits this image was judged against
 * @param thresholds the detector thresholds actually used
 * @param timings elapsed time per stage
 * @param annotatedPng the image as PNG with detection boxes (class + confidence) and particle outlines
 */
public record InspectionReport(
    int imageWidth, int imageHeight, List<Detection> detections, ColourMeasure colour, HazeMeasure haze,
    ParticleMeasure particles, String modelVersion, InspectionLimits limits, DetectorThresholds thresholds,
    StageTimings timings, byte[] annotatedPng) {

  /** True when colour, haze and particle count are all within the limits. */
  public boolean withinLimits() {
    return colour.withinLimit() && haze.withinLimit() && particles.withinLimit();
  }

  /** Detections of one class (e.g. {@code "foreign_matter"}). */
  public List<Detection> detectionsOf(String className) {
    return detections.stream().filter(d -> d.className().equals(className)).toList();
  }

  /** One detector box: corners (x1, y1) top-left and (x2, y2) bottom-right. */
  public record Detection(String className, int classId, double confidence, double x1, double y1, double x2, double y2) {}

  /**
   * @param mean mean colour of the sample region (particle pixels excluded)
   * @param deltaE CIEDE2000 difference to the reference colour
   * @param confidence 1 for an evenly coloured, correctly exposed region; lower with colour spread and clipped pixels
   */
  public record ColourMeasure(Lab mean, double deltaE, boolean withinLimit, double confidence) {}

  /**
   * @param index 0 (clear, crisp) .. 100 (milky, no detail); rises with a white veil or blur
   * @param confidence lower when pixels are clipped (over/under-exposed) or the region is tiny
   */
  public record HazeMeasure(double index, boolean withinLimit, double confidence) {}

  /**
   * @param count number of particles at least the minimum area
   * @param items each particle's centre, area and equivalent diameter
   * @param confidence how clearly the particles stand out from the threshold (or, with none, how far the noise stays below it)
   */
  public record ParticleMeasure(int count, List<Particle> items, boolean withinLimit, double confidence) {}

  /** A particle: centre, area in pixels and the diameter of a disc of the same area. */
  public record Particle(double centreX, double centreY, double area, double equivalentDiameter) {}

  /** Detector thresholds and the model's input size. */
  public record DetectorThresholds(double confidence, double iou, int inputSize) {}

  /**
   * Milliseconds per stage; {@code total} is wall time of the whole inspection. The measures run
   * beside preprocessing and inference, so the stages add up to more than the total.
   */
  public record StageTimings(
      double decode, double preprocess, double inference, double postprocess, double measures, double annotate, double total) {}
}
