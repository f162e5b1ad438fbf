package io.veil.faces.convert;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small ONNX model (opset 9) in memory, so that weights published in a format OpenCV cannot read
 * (tfjs, tflite with unsupported ops) can be rebuilt by Veil's own code into one it can. Only what the
 * converters need: float tensors, nodes with int, ints and float attributes, one graph. The protobuf
 * encoding is written by hand (field numbers from onnx.proto) to keep protobuf off the class path.
 * Not thread-safe; build, then call {@link #toBytes()}.
 *
 * <pre>{@code
 * OnnxGraph g = new OnnxGraph("tiny");
 * g.input("x", 1, 3, 8, 8);
 * g.initializer("w", new float[3 * 3 * 3 * 4], 4, 3, 3, 3);
 * g.node("Conv", List.of("x", "w"), "y", OnnxGraph.ints("pads", 1, 1, 1, 1));
 * g.output("y", 1, 4, 8, 8);
 * byte[] onnx = g.toBytes();
 * }</pre>
 */
public final class OnnxGraph {

    /** A node attribute, already encoded. */
    public record Attribute(byte[] encoded) {
    }

    private static final int FLOAT = 1;
    private static final int ATTR_FLOAT = 1, ATTR_INT = 2, ATTR_INTS = 7;

    private final String name;
    private final List<byte[]> nodes = new ArrayList<>(), initializers = new ArrayList<>();
    private final List<byte[]> inputs = new ArrayList<>(), outputs = new ArrayList<>();
    private int nodeCount;

    public OnnxGraph(String name) {
        this.name = name;
    }

    /** A float input of fixed shape. */
    public void input(String tensor, long... shape) {
        inputs.add(valueInfo(tensor, shape));
    }

    /** A float output of the shape the graph produces. */
    public void output(String tensor, long... shape) {
        outputs.add(valueInfo(tensor, shape));
    }

    /** A constant float tensor, row-major in the given shape. */
    public void initializer(String tensor, float[] values, long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException(tensor + ": " + values.length + " values for shape of " + n);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        Writer t = new Writer();
        for (long d : shape) {
            t.varint(1, d);
        }
        t.varint(2, FLOAT);
        t.string(8, tensor);
        t.bytes(9, raw.array());
        initializers.add(t.toBytes());
    }

    /** Appends a node of the default domain; returns its output name. */
    public String node(String opType, List<String> in, String out, Attribute... attributes) {
        Writer n = new Writer();
        for (String i : in) {
            n.string(1, i);
        }
        n.string(2, out);
        n.string(3, opType + "_" + nodeCount++);
        n.string(4, opType);
        for (Attribute a : attributes) {
            n.bytes(5, a.encoded());
        }
        nodes.add(n.toBytes());
        return out;
    }

    public static Attribute ints(String name, long... values) {
        Writer a = new Writer();
        a.string(1, name);
        for (long v : values) {
            a.varint(8, v);
        }
        a.varint(20, ATTR_INTS);
        return new Attribute(a.toBytes());
    }

    public static Attribute integer(String name, long value) {
        Writer a = new Writer();
        a.string(1, name);
        a.varint(3, value);
        a.varint(20, ATTR_INT);
        return new Attribute(a.toBytes());
    }

    public static Attribute real(String name, float value) {
        Writer a = new Writer();
        a.string(1, name);
        a.fixed32(2, Float.floatToIntBits(value));
        a.varint(20, ATTR_FLOAT);
        return new Attribute(a.toBytes());
    }

    /** The serialised ModelProto. */
    public byte[] toBytes() {
        Writer g = new Writer();
        nodes.forEach(b -> g.bytes(1, b));
        g.string(2, name);
        initializers.forEach(b -> g.bytes(5, b));
        inputs.forEach(b -> g.bytes(11, b));
        outputs.forEach(b -> g.bytes(12, b));
        Writer opset = new Writer();
        opset.string(1, "");
        opset.varint(2, 9);
        Writer model = new Writer();
        model.varint(1, 4);
        model.string(2, "veil");
        model.bytes(7, g.toBytes());
        model.bytes(8, opset.toBytes());
        return model.toBytes();
    }

    private static byte[] valueInfo(String tensor, long... shape) {
        Writer dims = new Writer();
        for (long d : shape) {
            Writer dim = new Writer();
            dim.varint(1, d);
            dims.bytes(1, dim.toBytes());
        }
        Writer tensorType = new Writer();
        tensorType.varint(1, FLOAT);
        tensorType.bytes(2, dims.toBytes());
        Writer type = new Writer();
        type.bytes(1, tensorType.toBytes());
        Writer v = new Writer();
        v.string(1, tensor);
        v.bytes(2, type.toBytes());
        return v.toBytes();
    }

    /** Protobuf wire format: varints, length-delimited fields, fixed32. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void varint(int field, long value) {
            raw((long) field << 3);
            raw(value);
        }

        void fixed32(int field, int bits) {
            raw((long) field << 3 | 5);
            for (int i = 0; i < 4; i++) {
                out.write(bits >>> (8 * i) & 0xff);
            }
        }

        void bytes(int field, byte[] value) {
            raw((long) field << 3 | 2);
            raw(value.length);
            out.writeBytes(value);
        }

        void string(int field, String value) {
            bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
