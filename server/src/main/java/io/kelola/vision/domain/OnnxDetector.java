package io.kelola.vision.domain;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * One ONNX Runtime session (CPU) for one model, created once and shared: {@code OrtSession.run} is
 * thread-safe. Each thread keeps its own pixel array and direct input buffer, so steady-state
 * inference allocates nothing but the output copy.
 */
public final class OnnxDetector implements AutoCloseable {

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final String inputName;
  private final int size;
  private final String version;
  private final ThreadLocal<Buffers> buffers;

  /** A letterboxed input ready for {@link #run}. */
  public record Input(Letterbox letterbox, FloatBuffer tensor) {}

  /** The raw output tensor: floats in row-major order and its shape. */
  public record Output(float[] values, long[] shape) {}

  private record Buffers(float[] pixels, FloatBuffer tensor) {}

  /**
   * @param model the ONNX file's bytes
   * @param fileName shown in {@link #version()}
   * @param size the model's square input edge
   */
  public OnnxDetector(byte[] model, String fileName, int size) throws OrtException {
    this.size = size;
    this.version = fileName + "@" + sha256(model).substring(0, 12);
    try (var options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model, options);
    }
    if (session.getInputNames().size() != 1) throw new IllegalArgumentException("model " + fileName + " must have exactly one input");
    this.inputName = session.getInputNames().iterator().next();
    this.buffers = ThreadLocal.withInitial(() -> new Buffers(new float[3 * size * size],
        ByteBuffer.allocateDirect(3 * size * size * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer()));
  }

  /** Model file name and the first 12 hex digits of its SHA-256. */
  public String version() {
    return version;
  }

  public int inputSize() {
    return size;
  }

  /** Letterboxes the image into this thread's input buffer. */
  public Input prepare(RgbImage image) {
    var b = buffers.get();
    var letterbox = Letterbox.of(image.width(), image.height(), size);
    letterbox.fill(image, b.pixels());
    b.tensor().clear();
    b.tensor().put(b.pixels());
    return new Input(letterbox, b.tensor());
  }

  /** Runs the model on a prepared input (same thread as {@link #prepare}). */
  public Output run(Input input) throws OrtException {
    input.tensor().rewind();
    try (var tensor = OnnxTensor.createTensor(env, input.tensor(), new long[] {1, 3, size, size});
         var result = session.run(Map.of(inputName, tensor))) {
      var out = (OnnxTensor) result.get(0);
      var fb = out.getFloatBuffer();
      var values = new float[fb.remaining()];
      fb.get(values);
      return new Output(values, out.getInfo().getShape());
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
