package io.kelola.vision.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few protobuf wire-format primitives an ONNX file needs: varints, length-delimited fields and
 * fixed32 floats. Output is deterministic, so a generated model is byte-for-byte reproducible.
 */
final class Proto {

  private static final int VARINT = 0;
  private static final int LENGTH_DELIMITED = 2;
  private static final int FIXED32 = 5;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  Proto varint(int field, long value) {
    tag(field, VARINT);
    rawVarint(value);
    return this;
  }

  Proto string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  Proto bytes(int field, byte[] value) {
    tag(field, LENGTH_DELIMITED);
    rawVarint(value.length);
    out.writeBytes(value);
    return this;
  }

  Proto message(int field, Proto nested) {
    return bytes(field, nested.toByteArray());
  }

  Proto float32(int field, float value) {
    tag(field, FIXED32);
    int bits = Float.floatToIntBits(value);
    for (int i = 0; i < 4; i++) out.write(bits >>> (8 * i));
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void tag(int field, int wireType) {
    rawVarint(((long) field << 3) | wireType);
  }

  private void rawVarint(long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }
}
