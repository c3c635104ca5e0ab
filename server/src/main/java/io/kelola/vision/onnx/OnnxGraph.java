package io.kelola.vision.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small ONNX model (IR version 8, default opset 17) by hand-encoding the protobuf messages
 * ModelProto, GraphProto, NodeProto, TensorProto and ValueInfoProto — only the fields a float
 * inference graph needs. Lets tests and benchmarks create models without downloading weights.
 */
public final class OnnxGraph {

  static final long IR_VERSION = 8;
  static final long OPSET = 17;
  private static final int FLOAT = 1;
  private static final int INT64 = 7;

  private final String name;
  private final List<Proto> nodes = new ArrayList<>();
  private final List<Proto> initializers = new ArrayList<>();
  private final List<Proto> inputs = new ArrayList<>();
  private final List<Proto> outputs = new ArrayList<>();

  public OnnxGraph(String name) {
    this.name = name;
  }

  /** A float graph input with fixed dimensions. */
  public OnnxGraph input(String tensor, long... dims) {
    inputs.add(valueInfo(tensor, dims));
    return this;
  }

  /** A float graph output; a negative dimension is written as unknown. */
  public OnnxGraph output(String tensor, long... dims) {
    outputs.add(valueInfo(tensor, dims));
    return this;
  }

  /** A float constant, stored little-endian in raw_data. */
  public OnnxGraph floats(String tensor, float[] values, long... dims) {
    var raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) raw.putFloat(v);
    initializers.add(tensor(tensor, FLOAT, raw.array(), dims));
    return this;
  }

  /** An int64 constant (shapes for Reshape and Expand). */
  public OnnxGraph longs(String tensor, long[] values, long... dims) {
    var raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) raw.putLong(v);
    initializers.add(tensor(tensor, INT64, raw.array(), dims));
    return this;
  }

  /** One operator of the default domain; node names are generated from the position. */
  public OnnxGraph node(String opType, List<String> in, List<String> out, Attribute... attributes) {
    var node = new Proto();
    in.forEach(i -> node.string(1, i));
    out.forEach(o -> node.string(2, o));
    node.string(3, opType.toLowerCase() + "_" + nodes.size());
    node.string(4, opType);
    for (var a : attributes) node.message(5, a.encode());
    nodes.add(node);
    return this;
  }

  /** The serialised ModelProto. */
  public byte[] toBytes(String producer) {
    var graph = new Proto();
    nodes.forEach(n -> graph.message(1, n));
    graph.string(2, name);
    initializers.forEach(t -> graph.message(5, t));
    inputs.forEach(v -> graph.message(11, v));
    outputs.forEach(v -> graph.message(12, v));
    return new Proto()
        .varint(1, IR_VERSION)
        .string(2, producer)
        .string(3, "1")
        .message(7, graph)
        .message(8, new Proto().string(1, "").varint(2, OPSET))
        .toByteArray();
  }

  private static Proto tensor(String tensor, int dataType, byte[] raw, long... dims) {
    var t = new Proto();
    for (long d : dims) t.varint(1, d);
    return t.varint(2, dataType).string(8, tensor).bytes(9, raw);
  }

  private static Proto valueInfo(String tensor, long... dims) {
    var shape = new Proto();
    for (int i = 0; i < dims.length; i++) {
      shape.message(1, dims[i] < 0 ? new Proto().string(2, "dim" + i) : new Proto().varint(1, dims[i]));
    }
    var tensorType = new Proto().varint(1, FLOAT).message(2, shape);
    return new Proto().string(1, tensor).message(2, new Proto().message(1, tensorType));
  }

  /** A node attribute (AttributeProto): one int, one float or a list of ints. */
  public record Attribute(String name, int type, long i, float f, long[] ints) {

    public static Attribute of(String name, long value) {
      return new Attribute(name, 2, value, 0, null);
    }

    public static Attribute of(String name, float value) {
      return new Attribute(name, 1, 0, value, null);
    }

    public static Attribute ints(String name, long... values) {
      return new Attribute(name, 7, 0, 0, values);
    }

    Proto encode() {
      var a = new Proto().string(1, name);
      switch (type) {
        case 1 -> a.float32(2, f);
        case 2 -> a.varint(3, i);
        default -> { for (long v : ints) a.varint(8, v); }
      }
      return a.varint(20, type);
    }
  }
}
