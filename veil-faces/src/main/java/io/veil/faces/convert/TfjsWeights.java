package io.veil.faces.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of a TensorFlow.js layers or graph model: a {@code *-weights_manifest.json} naming each
 * tensor's shape, dtype and (optional) 8/16-bit affine quantisation, and the binary shard files it lists,
 * read in manifest order. Float tensors are returned dequantised ({@code min + q × scale}). Immutable once
 * read; thread-safe.
 *
 * <pre>{@code
 * TfjsWeights w = TfjsWeights.read(modelDir.resolve("ssd_mobilenetv1_model-weights_manifest.json"));
 * float[] kernel = w.floats("MobilenetV1/Conv2d_0_pointwise/weights");
 * int[] shape = w.shape("MobilenetV1/Conv2d_0_pointwise/weights");
 * }</pre>
 */
public final class TfjsWeights {

    private record Tensor(int[] shape, float[] values) {
    }

    private final Map<String, Tensor> tensors;

    private TfjsWeights(Map<String, Tensor> tensors) {
        this.tensors = tensors;
    }

    /** @throws UncheckedIOException when the manifest or a shard is missing, short or malformed */
    public static TfjsWeights read(Path manifest) {
        try {
            JsonNode groups = new ObjectMapper().readTree(manifest.toFile());
            Map<String, Tensor> out = new HashMap<>();
            for (JsonNode group : groups) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (JsonNode p : group.path("paths")) {
                    data.writeBytes(Files.readAllBytes(manifest.resolveSibling(p.asText())));
                }
                ByteBuffer buf = ByteBuffer.wrap(data.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
                for (JsonNode w : group.path("weights")) {
                    String name = w.path("name").asText();
                    int[] shape = new int[w.path("shape").size()];
                    for (int i = 0; i < shape.length; i++) {
                        shape[i] = w.path("shape").get(i).asInt();
                    }
                    int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
                    out.put(name, new Tensor(shape, take(buf, n, w, name)));
                }
                if (buf.hasRemaining()) {
                    throw new IOException(manifest.getFileName() + ": " + buf.remaining() + " bytes left after the last tensor");
                }
            }
            return new TfjsWeights(out);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read tfjs weights " + manifest.getFileName() + ": " + e.getMessage(), e));
        }
    }

    private static float[] take(ByteBuffer buf, int n, JsonNode w, String name) throws IOException {
        String dtype = w.path("dtype").asText();
        JsonNode q = w.path("quantization");
        float[] v = new float[n];
        if (!q.isMissingNode()) {
            double scale = q.path("scale").asDouble(), min = q.path("min").asDouble();
            String qtype = q.path("dtype").asText();
            int width = switch (qtype) {
                case "uint8" -> 1;
                case "uint16" -> 2;
                default -> throw new IOException(name + ": unsupported quantisation " + qtype);
            };
            need(buf, n * width, name);
            for (int i = 0; i < n; i++) {
                int raw = width == 1 ? buf.get() & 0xff : buf.getShort() & 0xffff;
                v[i] = (float) (min + raw * scale);
            }
            if (dtype.equals("int32")) {
                for (int i = 0; i < n; i++) {
                    v[i] = Math.round(v[i]);
                }
            }
            return v;
        }
        need(buf, n * 4, name);
        switch (dtype) {
            case "float32" -> {
                for (int i = 0; i < n; i++) {
                    v[i] = buf.getFloat();
                }
            }
            case "int32" -> {
                for (int i = 0; i < n; i++) {
                    v[i] = buf.getInt();
                }
            }
            default -> throw new IOException(name + ": unsupported dtype " + dtype);
        }
        return v;
    }

    private static void need(ByteBuffer buf, int bytes, String name) throws IOException {
        if (buf.remaining() < bytes) {
            throw new IOException(name + ": shard ends " + (bytes - buf.remaining()) + " bytes early");
        }
    }

    public boolean has(String name) {
        return tensors.containsKey(name);
    }

    /** The tensor's values, row-major in its tfjs shape (a copy). */
    public float[] floats(String name) {
        return tensor(name).values().clone();
    }

    public int[] shape(String name) {
        return tensor(name).shape().clone();
    }

    private Tensor tensor(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no tensor " + name);
        }
        return t;
    }
}
