package io.kelola.vision.domain;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * One ONNX Runtime session (CPU) for one model, created once and shared: {@code OrtSession.run} is
 * thread-safe. Input and output tensors live in pooled {@link Slot}s (a pool, not thread-locals:
 * request threads are virtual and short-lived), so steady-state inference allocates nothing; when
 * the output shape is fixed, ONNX Runtime writes straight into the slot's buffer.
 */
public final class OnnxDetector implements AutoCloseable {

  private static final int POOLED_SLOTS = 4;

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final String inputName;
  private final String outputName;
  private final long[] outputShape; // null when the model leaves a dimension open
  private final int size;
  private final String version;
  private final ConcurrentLinkedDeque<Slot> pool = new ConcurrentLinkedDeque<>();

  /**
   * @param model the ONNX file's bytes
   * @param fileName shown in {@link #version()}
   * @param size the model's square input edge
   */
  public OnnxDetector(byte[] model, String fileName, int size) throws OrtException {
    this.size = size;
    this.version = fileName + "@" + sha256(model).substring(0, 12);
    try (var options = new OrtSession.SessionOptions()) {
      configure(options);
      this.session = env.createSession(model, options);
    }
    if (session.getInputNames().size() != 1) throw new IllegalArgumentException("model " + fileName + " must have exactly one input");
    this.inputName = session.getInputNames().iterator().next();
    this.outputName = session.getOutputNames().iterator().next();
    var info = session.getOutputInfo().get(outputName).getInfo();
    long[] shape = info instanceof TensorInfo t ? t.getShape() : null;
    this.outputShape = shape != null && Arrays.stream(shape).allMatch(d -> d > 0) ? shape : null;
  }

  /**
   * The session options every Kelola inference uses: full graph optimisation, and worker threads
   * that sleep instead of spinning after a run, so they leave the CPU to the request threads that
   * decode, measure and encode around the inference.
   */
  public static void configure(OrtSession.SessionOptions options) throws OrtException {
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
  }

  /** Model file name and the first 12 hex digits of its SHA-256. */
  public String version() {
    return version;
  }

  public int inputSize() {
    return size;
  }

  /** A slot for one inference; close it to give it back. */
  public Slot acquire() throws OrtException {
    var slot = pool.pollFirst();
    return slot != null ? slot : new Slot();
  }

  @Override
  public void close() throws OrtException {
    for (Slot slot; (slot = pool.pollFirst()) != null; ) slot.free();
    session.close();
  }

  /** Input buffer, input tensor and (fixed shapes) output tensor for one inference at a time. */
  public final class Slot implements AutoCloseable {

    private final FloatBuffer input = direct(3 * size * size);
    private final OnnxTensor inputTensor;
    private final FloatBuffer output;
    private final OnnxTensor outputTensor;
    private long[] shape;

    private Slot() throws OrtException {
      inputTensor = OnnxTensor.createTensor(env, input, new long[] {1, 3, size, size});
      if (outputShape != null) {
        output = direct((int) Arrays.stream(outputShape).reduce(1, (a, b) -> a * b));
        outputTensor = OnnxTensor.createTensor(env, output, outputShape);
        shape = outputShape;
      } else {
        output = null;
        outputTensor = null;
      }
    }

    /** Letterboxes the image into this slot's input tensor. */
    public Letterbox prepare(RgbImage image) {
      var letterbox = Letterbox.of(image.width(), image.height(), size);
      letterbox.fill(image, input);
      return letterbox;
    }

    /** Runs the model; the returned values stay valid until this slot is closed. */
    public FloatBuffer run() throws OrtException {
      if (outputTensor != null) {
        try (var ignored = session.run(Map.of(inputName, inputTensor), Map.of(outputName, outputTensor))) {
          return output.duplicate().rewind();
        }
      }
      try (var result = session.run(Map.of(inputName, inputTensor))) {
        var out = (OnnxTensor) result.get(0);
        shape = out.getInfo().getShape();
        return out.getFloatBuffer();
      }
    }

    /** Shape of the last output, e.g. {@code [1, 84, 8400]}. */
    public long[] outputShape() {
      return shape;
    }

    @Override
    public void close() {
      if (pool.size() < POOLED_SLOTS) pool.offerFirst(this);
      else free();
    }

    private void free() {
      inputTensor.close();
      if (outputTensor != null) outputTensor.close();
    }
  }

  private static FloatBuffer direct(int floats) {
    return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
