package io.kelola.vision;

import ai.onnxruntime.OrtException;
import io.kelola.vision.InspectionReport.Detection;
import io.kelola.vision.InspectionReport.DetectorThresholds;
import io.kelola.vision.InspectionReport.StageTimings;
import io.kelola.vision.domain.Annotator;
import io.kelola.vision.domain.ImageDecoder;
import io.kelola.vision.domain.Measurements;
import io.kelola.vision.domain.OnnxDetector;
import io.kelola.vision.domain.YoloDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Inspects one sample photo: decodes it (refusing oversized or broken input), runs the ONNX
 * detector on a letterboxed copy, measures colour, haze and particles, and draws the findings.
 * The measures run on a virtual thread beside letterboxing and inference. Thread-safe; the ONNX session is created on first use (the app starts without loading the native
 * runtime) and then shared by all callers.
 */
@Service
public class Inspector implements AutoCloseable {

  /** Name the generated demo detector goes by in model versions. */
  static final String DEMO_MODEL = "speck-detector.onnx";
  private static final Logger log = LoggerFactory.getLogger(Inspector.class);

  private final VisionProperties properties;
  private final ImageDecoder decoder;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private volatile OnnxDetector detector;

  private record Timed<T>(T value, double millis) {}

  public Inspector(VisionProperties properties) {
    this.properties = properties;
    this.decoder = new ImageDecoder(properties.maxBytes(), properties.maxPixels());
    if (!properties.modelPath().isBlank() && !Files.isReadable(Path.of(properties.modelPath()))) {
      throw new IllegalStateException("kelola.vision.model-path " + properties.modelPath() + " is not a readable file");
    }
  }

  /**
   * Inspects one image.
   *
   * @param image PNG or JPEG bytes
   * @param limits what the sample must meet; also may override the detector thresholds
   * @throws UnreadableImageException when the bytes are not a readable image or exceed the size limits
   */
  public InspectionReport inspect(byte[] image, InspectionLimits limits) {
    return run(image, limits, true);
  }

  /**
   * The analysis alone — decode, letterbox, inference, output decoding with NMS and the measures —
   * without drawing the annotated copy ({@code annotatedPng} is null). For callers that only need the
   * findings, and the path the inspection benchmark holds to its goal.
   *
   * @throws UnreadableImageException when the bytes are not a readable image or exceed the size limits
   */
  public InspectionReport analyse(byte[] image, InspectionLimits limits) {
    return run(image, limits, false);
  }

  private InspectionReport run(byte[] image, InspectionLimits limits, boolean annotate) {
    long start = System.nanoTime();
    var rgb = decoder.decode(image);
    long decoded = System.nanoTime();
    var detector = detector();
    double confidence = limits.confidenceThreshold() != null ? limits.confidenceThreshold() : properties.confidenceThreshold();
    double iou = limits.iouThreshold() != null ? limits.iouThreshold() : properties.iouThreshold();

    // the measures need no detections: they run beside letterboxing and inference
    var measuring = CompletableFuture.supplyAsync(() -> {
      long t = System.nanoTime();
      return new Timed<>(Measurements.of(rgb, limits, properties.measureMaxPixels()), ms(t, System.nanoTime()));
    }, background);
    long prepared, inferred;
    List<Detection> detections;
    try (var slot = detector.acquire()) {
      var letterbox = slot.prepare(rgb);
      prepared = System.nanoTime();
      var output = slot.run();
      inferred = System.nanoTime();
      detections = YoloDecoder.decode(output, slot.outputShape(), confidence, iou, letterbox, properties.classNames());
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX inference failed for model " + detector.version(), e);
    }
    long decodedOutput = System.nanoTime();
    var measured = join(measuring);
    var measures = measured.value();
    long annotateStart = System.nanoTime();
    var png = annotate ? Annotator.annotate(rgb, detections, measures) : null;
    long annotated = System.nanoTime();

    var timings = new StageTimings(ms(start, decoded), ms(decoded, prepared), ms(prepared, inferred),
        ms(inferred, decodedOutput), measured.millis(), ms(annotateStart, annotated), ms(start, annotated));
    return new InspectionReport(rgb.width(), rgb.height(), detections, measures.colour(), measures.haze(),
        measures.particleMeasure(), detector.version(), limits,
        new DetectorThresholds(confidence, iou, detector.inputSize()), timings, png);
  }

  /** Model file name and the first 12 hex digits of its SHA-256 (loads the model if needed). */
  public String modelVersion() {
    return detector().version();
  }

  private OnnxDetector detector() {
    var d = detector;
    if (d != null) return d;
    synchronized (this) {
      if (detector == null) detector = load();
      return detector;
    }
  }

  private OnnxDetector load() {
    try {
      byte[] model;
      String name;
      if (properties.modelPath().isBlank()) {
        // generated in memory: the project carries the generator, not a binary
        model = io.kelola.vision.onnx.DemoModel.bytes();
        name = DEMO_MODEL;
      } else {
        var path = Path.of(properties.modelPath());
        model = Files.readAllBytes(path);
        name = path.getFileName().toString();
      }
      var created = new OnnxDetector(model, name, properties.inputSize());
      log.info("Vision model {} loaded ({} classes configured)", created.version(), properties.classNames().size());
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the vision model: " + e.getMessage(), e);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  @Override
  public void close() throws OrtException {
    background.close();
    var d = detector;
    if (d != null) d.close();
  }

  private static double ms(long from, long to) {
    return (to - from) / 1_000_000.0;
  }
}
