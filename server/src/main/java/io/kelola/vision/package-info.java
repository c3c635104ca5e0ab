/**
 * AI-assisted QC inspection of sample photos: {@link io.kelola.vision.Inspector#inspect} runs a
 * YOLOv8-format ONNX detector and classical measures (CIELAB colour and ΔE2000, a haze index,
 * particle counts) on one image and returns an {@link io.kelola.vision.InspectionReport}. Pure
 * computation: no tables, no events. A tiny demo model is bundled; a trained one is configured with
 * {@code kelola.vision.model-path} and {@code kelola.vision.class-names}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.kelola.vision;
