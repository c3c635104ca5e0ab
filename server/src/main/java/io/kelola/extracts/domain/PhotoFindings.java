package io.kelola.extracts.domain;

import java.util.List;

/**
 * What the AI measured on one sample photo, in the terms the QC spec uses.
 *
 * @param error why the photo could not be inspected; null when it was
 * @param detections detector findings: class name and confidence
 */
record PhotoFindings(int seq, String error, List<Finding> detections, double deltaE, double colourConfidence,
    double haze, double hazeConfidence, int particles, double particleConfidence) {

  record Finding(String className, double confidence) {}

  static PhotoFindings unreadable(int seq, String error) {
    return new PhotoFindings(seq, error, List.of(), 0, 0, 0, 0, 0, 0);
  }
}
