package io.kelola.extracts.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The AI's proposal for one photo of a job.
 *
 * @param detections detector boxes: {@code class}, {@code confidence}, {@code x1,y1,x2,y2} in photo pixels
 * @param particleSizes particle areas in pixels
 * @param annotated whether an annotated copy (boxes drawn) exists
 * @param error why the photo could not be inspected, null when it was
 */
public record PhotoResult(UUID photo, int seq, List<Map<String, Object>> detections, BigDecimal labL,
    BigDecimal labA, BigDecimal labB, BigDecimal deltaE, BigDecimal colourConfidence, BigDecimal haze,
    BigDecimal hazeConfidence, Integer particles, List<Number> particleSizes, BigDecimal particleConfidence,
    boolean annotated, String error) {}
