package io.kelola.vision;

import io.kelola.vision.onnx.DemoModel;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of {@code kelola.vision}; every value has a working default.
 *
 * @param modelPath YOLOv8-format ONNX file; blank = the demo detector generated at start ({@code io.kelola.vision.onnx.DemoModel})
 * @param classNames class names in the model's output-row order (row 4 = first name)
 * @param confidenceThreshold detections below this score are dropped (0..1, exclusive)
 * @param iouThreshold boxes of one class overlapping more than this are duplicates (NMS)
 * @param inputSize the model's square input edge in pixels
 * @param maxPixels images whose header claims more pixels are refused before decoding
 * @param maxBytes larger uploads are refused
 * @param measureMaxPixels larger images are measured on a scaled-down copy (sizes reported in original pixels)
 */
@ConfigurationProperties("kelola.vision")
public record VisionProperties(
    String modelPath, List<String> classNames, Double confidenceThreshold, Double iouThreshold,
    Integer inputSize, Long maxPixels, Long maxBytes, Long measureMaxPixels) {

  public VisionProperties {
    if (modelPath == null) modelPath = "";
    if (classNames == null || classNames.isEmpty()) classNames = DemoModel.CLASS_NAMES;
    classNames = List.copyOf(classNames);
    if (confidenceThreshold == null) confidenceThreshold = 0.25;
    if (iouThreshold == null) iouThreshold = 0.45;
    if (inputSize == null) inputSize = 640;
    if (maxPixels == null) maxPixels = 40_000_000L;
    if (maxBytes == null) maxBytes = 10L * 1024 * 1024;
    if (measureMaxPixels == null) measureMaxPixels = 4_000_000L;
    require(confidenceThreshold > 0 && confidenceThreshold < 1, "confidence-threshold must be within (0, 1)");
    require(iouThreshold > 0 && iouThreshold <= 1, "iou-threshold must be within (0, 1]");
    require(inputSize >= 32 && inputSize % 32 == 0, "input-size must be a multiple of 32");
    require(maxPixels > 0 && maxBytes > 0 && measureMaxPixels > 0, "max-pixels, max-bytes and measure-max-pixels must be positive");
    require(classNames.stream().noneMatch(n -> n == null || n.isBlank()), "class-names must not contain blanks");
  }

  /** The defaults: bundled demo model, its class names, standard YOLOv8 thresholds. */
  public static VisionProperties defaults() {
    return new VisionProperties(null, null, null, null, null, null, null, null);
  }

  private static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException("kelola.vision." + message);
  }
}
