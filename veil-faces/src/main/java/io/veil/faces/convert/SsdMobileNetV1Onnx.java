package io.veil.faces.convert;

import java.util.List;

/**
 * Rebuilds face-api's SSD MobileNetV1 face detector (tfjs weights, trained on WIDER FACE; npm
 * {@code @vladmandic/face-api}) as an ONNX graph OpenCV DNN runs: the MobileNetV1 backbone (13 depthwise
 * separable pairs, ReLU6, batch norm folded into the depthwise kernels), the SSD extra layers, and six box
 * predictors whose raw outputs are the graph outputs {@code box0..box5} and {@code cls0..cls5}
 * (NCHW; decoding against the model's own anchors is done in Java, see {@link #anchors()}). The layer
 * layout follows face-api's {@code mobileNetV1.ts} and {@code predictionLayer.ts}; TensorFlow's 'same'
 * padding becomes explicit pads (stride 2 pads bottom/right only). Input {@code input}: 1 × 3 × 512 × 512,
 * RGB scaled to [-1, 1]. Immutable; thread-safe.
 *
 * <pre>{@code
 * SsdMobileNetV1Onnx ssd = SsdMobileNetV1Onnx.from(TfjsWeights.read(manifest));
 * Net net = readNetFromONNX(new BytePointer(ssd.onnx()), ssd.onnx().length);
 * }</pre>
 */
public final class SsdMobileNetV1Onnx {

    public static final int INPUT = 512;
    /** Anchors per predictor and predictor grid sides, for a 512 × 512 input. */
    public static final int[] ANCHORS_PER_CELL = {3, 6, 6, 6, 6, 6}, GRID = {32, 16, 8, 4, 2, 1};
    public static final int PREDICTORS = 6;
    private static final float BN_EPSILON = 0.0010000000474974513f;
    private static final String MB = "MobilenetV1/", PRED = "Prediction/";

    private final byte[] onnx;
    private final float[] anchors;

    private SsdMobileNetV1Onnx(byte[] onnx, float[] anchors) {
        this.onnx = onnx;
        this.anchors = anchors;
    }

    public static SsdMobileNetV1Onnx from(TfjsWeights w) {
        OnnxGraph g = new OnnxGraph("ssd_mobilenetv1_face");
        g.input("input", 1, 3, INPUT, INPUT);
        int size = INPUT;
        String x = conv(g, w, "input", MB + "Conv2d_0_pointwise", 2, size);
        size /= 2;
        String conv11 = null;
        for (int layer = 1; layer <= 13; layer++) {
            int stride = layer == 2 || layer == 4 || layer == 6 || layer == 12 ? 2 : 1;
            x = depthwise(g, w, x, MB + "Conv2d_" + layer + "_depthwise", stride, size);
            size /= stride;
            x = conv(g, w, x, MB + "Conv2d_" + layer + "_pointwise", 1, size);
            if (layer == 11) {
                conv11 = x;
            }
        }
        String[] features = new String[PREDICTORS];
        features[0] = conv11;
        features[1] = x;
        String y = x;
        for (int i = 0; i < 8; i++) {
            int stride = i % 2 == 1 ? 2 : 1;
            y = conv(g, w, y, PRED + "Conv2d_" + i + "_pointwise", stride, size);
            size /= stride;
            if (i % 2 == 1) {
                features[2 + i / 2] = y;
            }
        }
        for (int k = 0; k < PREDICTORS; k++) {
            String p = PRED + "BoxPredictor_" + k + "/";
            int a = ANCHORS_PER_CELL[k], side = GRID[k];
            g.output(linear(g, w, features[k], p + "BoxEncodingPredictor", "box" + k), 1, a * 4L, side, side);
            g.output(linear(g, w, features[k], p + "ClassPredictor", "cls" + k), 1, a * 3L, side, side);
        }
        float[] anchors = w.floats("Output/extra_dim");
        int total = 0;
        for (int k = 0; k < PREDICTORS; k++) {
            total += GRID[k] * GRID[k] * ANCHORS_PER_CELL[k];
        }
        if (anchors.length != total * 4) {
            throw new IllegalArgumentException("expected " + total + " anchors, weights hold " + anchors.length / 4);
        }
        return new SsdMobileNetV1Onnx(g.toBytes(), anchors);
    }

    /** The ONNX model (a copy). */
    public byte[] onnx() {
        return onnx.clone();
    }

    /**
     * The model's anchors, 4 floats each as [ymin, xmin, ymax, xmax] normalised, ordered as TensorFlow
     * flattens the predictors: predictor, then row, column, anchor (a copy).
     */
    public float[] anchors() {
        return anchors.clone();
    }

    /** Pads for TensorFlow 'same' on a square input of {@code size}: {top, left, bottom, right}. */
    static long[] samePads(int kernel, int stride, int size) {
        int out = (size + stride - 1) / stride;
        int total = Math.max((out - 1) * stride + kernel - size, 0);
        int before = total / 2, after = total - before;
        return new long[] {before, before, after, after};
    }

    /** Convolution with bias (BN already folded by the exporter) and ReLU6. */
    private static String conv(OnnxGraph g, TfjsWeights w, String in, String name, int stride, int size) {
        int[] s = w.shape(name + "/weights");
        String out = convNode(g, in, name, oihw(w.floats(name + "/weights"), s), s, w.floats(name + "/convolution_bn_offset"), 1, stride, size);
        return relu6(g, out);
    }

    /** Depthwise 3 × 3 convolution with batch norm folded into kernel and bias, then ReLU6. */
    private static String depthwise(OnnxGraph g, TfjsWeights w, String in, String name, int stride, int size) {
        int[] s = w.shape(name + "/depthwise_weights");
        float[] k = w.floats(name + "/depthwise_weights");
        float[] gamma = w.floats(name + "/BatchNorm/gamma"), beta = w.floats(name + "/BatchNorm/beta");
        float[] mean = w.floats(name + "/BatchNorm/moving_mean"), var = w.floats(name + "/BatchNorm/moving_variance");
        int kh = s[0], kw = s[1], c = s[2];
        float[] kernel = new float[c * kh * kw], bias = new float[c];
        for (int ch = 0; ch < c; ch++) {
            float f = gamma[ch] / (float) Math.sqrt(var[ch] + BN_EPSILON);
            bias[ch] = beta[ch] - mean[ch] * f;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    kernel[(ch * kh + i) * kw + j] = k[(i * kw + j) * c + ch] * f;
                }
            }
        }
        String out = convNode(g, in, name, kernel, new int[] {kh, kw, 1, c}, bias, c, stride, size);
        return relu6(g, out);
    }

    /** 1 × 1 convolution with bias, no activation: a predictor head. */
    private static String linear(OnnxGraph g, TfjsWeights w, String in, String name, String out) {
        int[] s = w.shape(name + "/weights");
        String y = convNode(g, in, name, oihw(w.floats(name + "/weights"), s), s, w.floats(name + "/biases"), 1, 1, 1);
        return g.node("Identity", List.of(y), out);
    }

    private static String convNode(OnnxGraph g, String in, String name, float[] kernel, int[] hwio, float[] bias,
                                   int group, int stride, int size) {
        int kh = hwio[0], kw = hwio[1], cin = hwio[2], cout = hwio[3];
        g.initializer(name + "/W", kernel, cout, cin, kh, kw);
        g.initializer(name + "/B", bias, cout);
        return g.node("Conv", List.of(in, name + "/W", name + "/B"), name + "/conv",
                OnnxGraph.ints("kernel_shape", kh, kw), OnnxGraph.ints("strides", stride, stride),
                OnnxGraph.ints("pads", samePads(kh, stride, size)), OnnxGraph.integer("group", group));
    }

    private static String relu6(OnnxGraph g, String in) {
        return g.node("Clip", List.of(in), in + "/relu6", OnnxGraph.real("min", 0), OnnxGraph.real("max", 6));
    }

    /** TensorFlow's [kh, kw, in, out] kernel as ONNX's [out, in, kh, kw]. */
    static float[] oihw(float[] hwio, int[] s) {
        int kh = s[0], kw = s[1], cin = s[2], cout = s[3];
        float[] out = new float[hwio.length];
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                for (int c = 0; c < cin; c++) {
                    for (int o = 0; o < cout; o++) {
                        out[((o * cin + c) * kh + i) * kw + j] = hwio[((i * kw + j) * cin + c) * cout + o];
                    }
                }
            }
        }
        return out;
    }
}
