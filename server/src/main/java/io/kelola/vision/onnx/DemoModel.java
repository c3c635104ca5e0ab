package io.kelola.vision.onnx;

import static io.kelola.vision.onnx.OnnxGraph.Attribute.ints;
import static io.kelola.vision.onnx.OnnxGraph.Attribute.of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo detector, generated in memory when no model file is configured: no training, just a fixed graph with
 * the YOLOv8 output layout {@code [1, 4 + C, N]} so the whole inspection path runs out of the box.
 *
 * <p>The 640×640 input is averaged over 16×16-pixel cells (40×40 = 1,600 anchors). A cell scores
 * as {@code foreign_matter} when its luminance (0..1) is at least {@value #MARGIN} below the mean
 * of the 5×5 cells around it (a dark speck on a lighter sample), as {@code bubble} when it is that
 * much brighter (so a very light sample leaves bubbles little room to show). Cells at the image's
 * edge are compared with the grey padding too, which can make them score a little. A 3×3 peak test keeps one anchor per speck (ties broken by position), so the detector
 * reports one box of {@value #BOX}×{@value #BOX} input pixels per speck of roughly 12–48 pixels.
 * Regenerate with {@code main} after changing anything here; a test keeps the shipped file in step.
 */
public final class DemoModel {

  /** Class names in output-row order (rows 4 and 5). */
  public static final List<String> CLASS_NAMES = List.of("foreign_matter", "bubble");
  public static final int INPUT_SIZE = 640;
  static final int CELL = 16;
  static final int GRID = INPUT_SIZE / CELL;
  static final float MARGIN = 0.3f;
  static final float GAIN = 20f;
  static final int BOX = 32;
  private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

  private DemoModel() {}

  /** The model file's bytes (deterministic). */
  public static byte[] bytes() {
    int g = GRID;
    var weights = new float[2 * 3];
    for (int c = 0; c < 3; c++) {
      weights[c] = -GAIN * LUMA[c];     // foreign_matter: darker than the surroundings
      weights[3 + c] = GAIN * LUMA[c];  // bubble: brighter than the surroundings
    }
    var centres = new float[g];
    var rampX = new float[g];
    var rampY = new float[g];
    for (int i = 0; i < g; i++) {
      centres[i] = (i + 0.5f) * CELL;
      rampX[i] = 1e-5f * i;
      rampY[i] = 1e-5f * g * i;
    }
    return new OnnxGraph("speck_detector")
        .input("images", 1, 3, INPUT_SIZE, INPUT_SIZE)
        .output("output0", 1, 4 + CLASS_NAMES.size(), (long) g * g)
        .floats("w", weights, 2, 3, 1, 1)
        .floats("b", new float[] {-GAIN * MARGIN, -GAIN * MARGIN}, 2)
        .floats("xs", centres, 1, 1, 1, g)
        .floats("ys", centres, 1, 1, g, 1)
        .floats("wh", new float[] {BOX, BOX}, 1, 2, 1, 1)
        .floats("ramp_x", rampX, 1, 1, 1, g)
        .floats("ramp_y", rampY, 1, 1, g, 1)
        .longs("grid1", new long[] {1, 1, g, g}, 4)
        .longs("grid2", new long[] {1, 2, g, g}, 4)
        .longs("out_shape", new long[] {1, 4 + CLASS_NAMES.size(), (long) g * g}, 3)
        .node("AveragePool", List.of("images"), List.of("cells"), ints("kernel_shape", CELL, CELL), ints("strides", CELL, CELL))
        .node("AveragePool", List.of("cells"), List.of("surround"), ints("kernel_shape", 5, 5), ints("strides", 1, 1),
            ints("pads", 2, 2, 2, 2), of("count_include_pad", 0L))
        .node("Sub", List.of("cells", "surround"), List.of("contrast"))
        .node("Conv", List.of("contrast", "w", "b"), List.of("logits"), ints("kernel_shape", 1, 1))
        .node("Sigmoid", List.of("logits"), List.of("scores"))
        // peak key = own score + 3×3 neighbourhood mean + a tiny positional ramp that breaks ties
        .node("AveragePool", List.of("scores"), List.of("smooth"), ints("kernel_shape", 3, 3), ints("strides", 1, 1),
            ints("pads", 1, 1, 1, 1), of("count_include_pad", 0L))
        .node("Add", List.of("ramp_x", "ramp_y"), List.of("ramp"))
        .node("Add", List.of("scores", "smooth"), List.of("key0"))
        .node("Add", List.of("key0", "ramp"), List.of("key"))
        .node("MaxPool", List.of("key"), List.of("key_max"), ints("kernel_shape", 3, 3), ints("strides", 1, 1), ints("pads", 1, 1, 1, 1))
        .node("Equal", List.of("key", "key_max"), List.of("is_peak"))
        .node("Cast", List.of("is_peak"), List.of("peak_mask"), of("to", 1L))
        .node("Mul", List.of("scores", "peak_mask"), List.of("peak_scores"))
        .node("Expand", List.of("xs", "grid1"), List.of("cx"))
        .node("Expand", List.of("ys", "grid1"), List.of("cy"))
        .node("Expand", List.of("wh", "grid2"), List.of("box_wh"))
        .node("Concat", List.of("cx", "cy", "box_wh", "peak_scores"), List.of("rows"), of("axis", 1L))
        .node("Reshape", List.of("rows", "out_shape"), List.of("output0"))
        .toBytes("kelola-demo");
  }

  /** Writes the model to a file (default {@code speck-detector.onnx}), e.g. to open it in a model viewer. */
  public static void main(String[] args) throws IOException {
    var target = Path.of(args.length > 0 ? args[0] : "speck-detector.onnx");
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, bytes());
    System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
  }
}
