package io.kelola.vision.domain;

import io.kelola.vision.InspectionReport.Detection;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a YOLOv8 output tensor into detections: best class per anchor, confidence threshold,
 * greedy NMS per class, boxes mapped back through the letterbox to original pixels.
 *
 * <p>The tensor is {@code [1, 4 + C, N]} (rows cx, cy, w, h in input pixels, then class scores),
 * as {@code yolo export format=onnx} writes it; {@code [1, N, 4 + C]} is accepted too.
 */
public final class YoloDecoder {

  /** Like Ultralytics: at most this many boxes enter NMS, at most this many leave it. */
  static final int MAX_CANDIDATES = 30_000;
  static final int MAX_DETECTIONS = 300;

  private YoloDecoder() {}

  /**
   * @param output the tensor's floats in row-major order
   * @param shape the tensor's shape, {@code [1, 4 + C, N]} or {@code [1, N, 4 + C]}
   * @param classNames names by class id; ids beyond the list are named {@code class_<id>}
   */
  public static List<Detection> decode(float[] output, long[] shape, double confidence, double iou,
      Letterbox box, List<String> classNames) {
    return decode(FloatBuffer.wrap(output), shape, confidence, iou, box, classNames);
  }

  /** As {@link #decode(float[], long[], double, double, Letterbox, List)}, reading absolute positions of a buffer. */
  public static List<Detection> decode(FloatBuffer output, long[] shape, double confidence, double iou,
      Letterbox box, List<String> classNames) {
    if (shape.length != 3 || shape[0] != 1) throw new IllegalArgumentException("expected [1, 4+C, N], got " + Arrays.toString(shape));
    boolean anchorsLast = shape[1] <= shape[2]; // 84 rows × 8400 anchors: the YOLOv8 layout
    int rows = (int) (anchorsLast ? shape[1] : shape[2]);
    int anchors = (int) (anchorsLast ? shape[2] : shape[1]);
    if (rows < 5 || (long) rows * anchors != output.limit()) throw new IllegalArgumentException("output does not match " + Arrays.toString(shape));
    int rowStride = anchorsLast ? anchors : 1;
    int anchorStride = anchorsLast ? 1 : rows;

    var candidates = new ArrayList<Candidate>();
    for (int n = 0; n < anchors; n++) {
      int base = n * anchorStride;
      int best = -1;
      float bestScore = -1;
      for (int c = 4; c < rows; c++) {
        float s = output.get(base + c * rowStride);
        if (s > bestScore) { bestScore = s; best = c - 4; }
      }
      if (bestScore < confidence) continue;
      float cx = output.get(base), cy = output.get(base + rowStride);
      float w = output.get(base + 2 * rowStride), h = output.get(base + 3 * rowStride);
      if (!box.onImage(cx, cy)) continue; // a real object is never centred on the padding
      candidates.add(new Candidate(best, bestScore, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2));
    }
    candidates.sort((a, b) -> Float.compare(b.score, a.score));
    if (candidates.size() > MAX_CANDIDATES) candidates.subList(MAX_CANDIDATES, candidates.size()).clear();

    var kept = new ArrayList<Candidate>();
    for (var c : candidates) {
      boolean duplicate = false;
      for (var k : kept) {
        if (k.classId == c.classId && iou(k, c) > iou) { duplicate = true; break; }
      }
      if (!duplicate) kept.add(c);
      if (kept.size() == MAX_DETECTIONS) break;
    }
    return kept.stream().map(c -> new Detection(name(classNames, c.classId), c.classId, c.score,
        box.toOriginalX(c.x1), box.toOriginalY(c.y1), box.toOriginalX(c.x2), box.toOriginalY(c.y2))).toList();
  }

  static double iou(Candidate a, Candidate b) {
    double iw = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
    double ih = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
    if (iw <= 0 || ih <= 0) return 0;
    double inter = iw * ih;
    double union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
    return union <= 0 ? 0 : inter / union;
  }

  private static String name(List<String> classNames, int id) {
    return id < classNames.size() ? classNames.get(id) : "class_" + id;
  }

  record Candidate(int classId, float score, float x1, float y1, float x2, float y2) {}
}
