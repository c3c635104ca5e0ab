package io.kelola.vision.onnx;

import static io.kelola.vision.onnx.OnnxGraph.Attribute.ints;
import static io.kelola.vision.onnx.OnnxGraph.Attribute.of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A model with roughly YOLOv8n's compute and exactly its output layout, for benchmarks only: a
 * stack of 3×3 convolutions with SiLU (stride 2 down to 80×80, 40×40 and 20×20), a box branch and a
 * class branch per scale, and output {@code [1, 84, 8400]} (4 box rows + 80 class scores). Weights
 * are random from a fixed seed, so it finds nothing meaningful but costs what a real one costs
 * (about 3 GMAC per image). Generated at benchmark time, never committed.
 */
public final class BenchModel {

  public static final int CLASSES = 80;
  private static final int INPUT = 640;

  private final OnnxGraph graph = new OnnxGraph("yolov8n_like");
  private final SplittableRandom random = new SplittableRandom(8);
  private int counter;

  private BenchModel() {}

  /** The model file's bytes (deterministic for the fixed seed). */
  public static byte[] bytes() {
    return new BenchModel().build();
  }

  private byte[] build() {
    graph.input("images", 1, 3, INPUT, INPUT).output("output0", 1, 4 + CLASSES, 8400);
    String x = conv("images", 3, 16, 3, 2, true);  // 320
    x = conv(x, 16, 32, 3, 2, true);                // 160
    x = conv(x, 32, 32, 3, 1, true);
    x = conv(x, 32, 64, 3, 2, true);                // 80
    x = conv(x, 64, 64, 3, 1, true);
    String p3 = conv(x, 64, 64, 3, 1, true);
    x = conv(p3, 64, 128, 3, 2, true);              // 40
    x = conv(x, 128, 128, 3, 1, true);
    String p4 = conv(x, 128, 128, 3, 1, true);
    x = conv(p4, 128, 256, 3, 2, true);             // 20
    x = conv(x, 256, 256, 3, 1, true);
    String p5 = conv(x, 256, 256, 3, 1, true);
    var heads = new ArrayList<String>();
    heads.add(head(p3, 64, 80));
    heads.add(head(p4, 128, 40));
    heads.add(head(p5, 256, 20));
    graph.node("Concat", heads, List.of("raw"), of("axis", 2L));
    var scale = new float[4 + CLASSES];
    for (int i = 0; i < scale.length; i++) scale[i] = i < 4 ? INPUT : 1f;
    graph.floats("row_scale", scale, 1, 4 + CLASSES, 1);
    graph.node("Sigmoid", List.of("raw"), List.of("squashed"));
    graph.node("Mul", List.of("squashed", "row_scale"), List.of("output0"));
    return graph.toBytes("kelola-bench");
  }

  /** Box branch (2 convs → 4 rows) and class branch (2 convs → 80 rows), flattened to [1, 84, s²]. */
  private String head(String in, int channels, int size) {
    String box = conv(conv(in, channels, 64, 3, 1, true), 64, 4, 1, 1, false);
    String cls = conv(conv(in, channels, 64, 3, 1, true), 64, CLASSES, 1, 1, false);
    String cat = name("head");
    graph.node("Concat", List.of(box, cls), List.of(cat), of("axis", 1L));
    String shape = name("shape");
    graph.longs(shape, new long[] {1, 4 + CLASSES, (long) size * size}, 3);
    String flat = name("flat");
    graph.node("Reshape", List.of(cat, shape), List.of(flat));
    return flat;
  }

  private String conv(String in, int cin, int cout, int k, int stride, boolean silu) {
    String w = name("w");
    String b = name("b");
    var weights = new float[cout * cin * k * k];
    double std = Math.sqrt(2.0 / (cin * k * k));
    for (int i = 0; i < weights.length; i++) weights[i] = (float) (random.nextGaussian() * std);
    var bias = new float[cout];
    if (!silu) java.util.Arrays.fill(bias, -4f); // few confident anchors, as on a real image
    graph.floats(w, weights, cout, cin, k, k).floats(b, bias, cout);
    String out = name("conv");
    int pad = k / 2;
    graph.node("Conv", List.of(in, w, b), List.of(out), ints("kernel_shape", k, k), ints("strides", stride, stride),
        ints("pads", pad, pad, pad, pad));
    if (!silu) return out;
    String sig = name("sig");
    String act = name("silu");
    graph.node("Sigmoid", List.of(out), List.of(sig));
    graph.node("Mul", List.of(out, sig), List.of(act));
    return act;
  }

  private String name(String prefix) {
    return prefix + "_" + counter++;
  }

  /** Writes the model to the given path. */
  public static void main(String[] args) throws IOException {
    var target = Path.of(args.length > 0 ? args[0] : "var/bench/yolov8n-like.onnx");
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, bytes());
    System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
  }
}
