// Inspection benchmark driver (bench/inspection.sh runs it by source launch with the server's classes
// and libraries on the class path). Measures, interleaved in one run on the same model and image:
//   ours = Inspector.analyse (decode + letterbox + inference + decoding/NMS + measures), the issue's
//          end-to-end path, held to the goal; Inspector.inspect (the same plus the annotated PNG the
//          worker stores) is measured in the same rounds and reported beside it
//   bare = OrtSession.run alone on the same letterboxed input tensor
// Prints one RESULT line of key=value pairs (milliseconds) for the harness.
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.kelola.vision.InspectionLimits;
import io.kelola.vision.Inspector;
import io.kelola.vision.Lab;
import io.kelola.vision.VisionProperties;
import io.kelola.vision.domain.ImageDecoder;
import io.kelola.vision.domain.Letterbox;
import io.kelola.vision.domain.OnnxDetector;
import io.kelola.vision.onnx.BenchModel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

public class InspectionBench {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (var a : args) opt.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    Path dir = Path.of(opt.getOrDefault("dir", "var/bench/inspection-run"));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "30"));
    int iterations = Integer.parseInt(opt.getOrDefault("iterations", "100"));
    Files.createDirectories(dir);

    Path model = dir.resolve("yolov8n-like.onnx");
    Files.write(model, BenchModel.bytes());
    byte[] image = testImage();
    Files.write(dir.resolve("sample-640.png"), image);

    var names = IntStream.range(0, BenchModel.CLASSES).mapToObj(i -> "class_" + i).toList();
    var properties = new VisionProperties(model.toString(), names, null, null, null, null, null, null);
    var inspector = new Inspector(properties);
    var limits = InspectionLimits.of(Lab.ofSrgb(226, 196, 140), 3, 80, 10, 12);

    // the bare side: same model, same session options (OnnxDetector.configure), same letterboxed input
    var env = OrtEnvironment.getEnvironment();
    var options = new OrtSession.SessionOptions();
    OnnxDetector.configure(options);
    var bare = env.createSession(model.toString(), options);
    var rgb = new ImageDecoder(Long.MAX_VALUE, Long.MAX_VALUE).decode(image);
    var buffer = ByteBuffer.allocateDirect(3 * 640 * 640 * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    Letterbox.of(rgb.width(), rgb.height(), 640).fill(rgb, buffer);
    var input = OnnxTensor.createTensor(env, buffer, new long[] {1, 3, 640, 640});
    String inputName = bare.getInputNames().iterator().next();

    var ours = new double[iterations];
    var full = new double[iterations];
    var raw = new double[iterations];
    var stages = new double[7];
    int detections = 0;
    for (int i = -warmup; i < iterations; i++) {
      // rotate which side goes first so none always runs on a freshly idle machine
      double o = 0, f = 0, b = 0;
      for (int k = 0; k < 3; k++) {
        int side = Math.floorMod(i + k, 3);
        long t0 = System.nanoTime();
        if (side == 0) {
          var report = inspector.analyse(image, limits);
          o = (System.nanoTime() - t0) / 1e6;
          if (i >= 0) detections = report.detections().size();
        } else if (side == 1) {
          var report = inspector.inspect(image, limits);
          f = (System.nanoTime() - t0) / 1e6;
          if (i >= 0) {
            var t = report.timings();
            double[] s = {t.decode(), t.preprocess(), t.inference(), t.postprocess(), t.measures(), t.annotate(), t.total()};
            for (int m = 0; m < s.length; m++) stages[m] += s[m] / iterations;
          }
        } else {
          try (var result = bare.run(Map.of(inputName, input))) {
            b = (System.nanoTime() - t0) / 1e6;
          }
        }
      }
      if (i >= 0) {
        ours[i] = o;
        full[i] = f;
        raw[i] = b;
      }
    }
    bare.close();
    inspector.close();

    System.out.printf("RESULT ours_p50=%.2f ours_p95=%.2f full_p50=%.2f full_p95=%.2f bare_p50=%.2f bare_p95=%.2f iterations=%d warmup=%d model_bytes=%d"
            + " detections=%d decode=%.2f preprocess=%.2f inference=%.2f postprocess=%.2f measures=%.2f annotate=%.2f total=%.2f%n",
        pct(ours, 50), pct(ours, 95), pct(full, 50), pct(full, 95), pct(raw, 50), pct(raw, 95), iterations, warmup, Files.size(model), detections,
        stages[0], stages[1], stages[2], stages[3], stages[4], stages[5], stages[6]);
  }

  /** Nearest-rank percentile. */
  static double pct(double[] values, int p) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** A 640×640 light amber sample with a dozen dark specks and a faint gradient, as PNG. */
  static byte[] testImage() throws Exception {
    var img = new BufferedImage(640, 640, BufferedImage.TYPE_INT_RGB);
    var random = new SplittableRandom(5);
    for (int y = 0; y < 640; y++) {
      for (int x = 0; x < 640; x++) {
        int shade = (x + y) / 40;
        img.setRGB(x, y, new Color(226 - shade, 196 - shade, 140 - shade / 2).getRGB());
      }
    }
    var g = img.createGraphics();
    g.setColor(new Color(40, 30, 20));
    List<int[]> specks = new ArrayList<>();
    for (int i = 0; i < 12; i++) specks.add(new int[] {random.nextInt(20, 600), random.nextInt(20, 600), random.nextInt(4, 16)});
    for (var s : specks) g.fillOval(s[0], s[1], s[2], s[2]);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
