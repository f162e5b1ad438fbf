package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;

import io.veil.faces.convert.SsdMobileNetV1Onnx;
import io.veil.faces.convert.TfjsWeights;
import io.veil.spi.EngineException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * face-api's SSD MobileNetV1 face detector (WIDER FACE), converted at load time from its tfjs weights into
 * ONNX by {@link SsdMobileNetV1Onnx} and run on OpenCV DNN: 512 × 512 RGB in [-1, 1]; box encodings
 * decoded against the model's anchors with TensorFlow's SSD scales (10, 10, 5, 5), face score the sigmoid
 * of class 1. Thread-safe.
 */
final class SsdMobileNetModel implements WindowModel {

    static final String ID = "ssd-mobilenetv1-face";
    static final String VERSION = "face-api ssd_mobilenetv1 (@vladmandic/face-api@1.7.15, tfjs → ONNX by Veil)";
    static final String MANIFEST = "faces/ssd_mobilenetv1_model-weights_manifest.json";
    private static final int N = SsdMobileNetV1Onnx.INPUT;

    private final NetPool nets;
    private final float[] anchors;

    private SsdMobileNetModel(NetPool nets, float[] anchors) {
        this.nets = nets;
        this.anchors = anchors;
    }

    static SsdMobileNetModel load(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            throw new EngineException("face model not found: " + manifest + " (run scripts/fetch-models.sh)");
        }
        SsdMobileNetV1Onnx ssd;
        try {
            ssd = SsdMobileNetV1Onnx.from(TfjsWeights.read(manifest));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new EngineException("face model cannot be converted: " + manifest.getFileName() + ": " + e.getMessage(), e);
        }
        byte[] onnx = ssd.onnx();
        return new SsdMobileNetModel(NetPool.open(manifest, p -> {
            try (BytePointer buf = new BytePointer(onnx)) {
                return readNetFromONNX(buf, onnx.length);
            }
        }), ssd.anchors());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public double aspect() {
        return 1.0;
    }

    @Override
    public List<ScoredBox> infer(Mat bgrWindow, double minScore) {
        Mat input = Mats.resized(bgrWindow, N, N);
        Mat blob = blobFromImage(input, 1 / 127.5, new Size(N, N), new Scalar(127.5, 127.5, 127.5, 0), true, false, CV_32F);
        float[][] out = nets.with(net -> run(net, blob));
        return decode(out, anchors, minScore);
    }

    private static float[][] run(Net net, Mat blob) {
        net.setInput(blob);
        StringVector names = new StringVector();
        for (int k = 0; k < SsdMobileNetV1Onnx.PREDICTORS; k++) {
            names.push_back("box" + k);
            names.push_back("cls" + k);
        }
        MatVector outs = new MatVector();
        net.forward(outs, names);
        float[][] result = new float[(int) outs.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = Mats.floats(outs.get(i));
        }
        return result;
    }

    /**
     * @param out     {@code box0, cls0, box1, cls1, …}: NCHW predictor outputs, [1, A·4, g, g] and [1, A·3, g, g]
     * @param anchors [ymin, xmin, ymax, xmax] per anchor in TensorFlow's order (predictor, row, column, anchor)
     */
    static List<ScoredBox> decode(float[][] out, float[] anchors, double minScore) {
        double logit = Math.log(minScore / (1 - minScore));
        List<ScoredBox> found = new ArrayList<>();
        int base = 0;
        for (int k = 0; k < SsdMobileNetV1Onnx.PREDICTORS; k++) {
            int a = SsdMobileNetV1Onnx.ANCHORS_PER_CELL[k], g = SsdMobileNetV1Onnx.GRID[k], cells = g * g;
            float[] box = out[2 * k], cls = out[2 * k + 1];
            if (box.length != a * 4 * cells || cls.length != a * 3 * cells) {
                throw new IllegalStateException("unexpected SSD output size at predictor " + k);
            }
            for (int cell = 0; cell < cells; cell++) {
                for (int j = 0; j < a; j++) {
                    double z = cls[(j * 3 + 1) * cells + cell];
                    if (z < logit) {
                        continue;
                    }
                    int i = 4 * (base + cell * a + j);
                    double ah = anchors[i + 2] - anchors[i], aw = anchors[i + 3] - anchors[i + 1];
                    double acy = anchors[i] + ah / 2, acx = anchors[i + 1] + aw / 2;
                    double ty = box[(j * 4) * cells + cell], tx = box[(j * 4 + 1) * cells + cell];
                    double th = box[(j * 4 + 2) * cells + cell], tw = box[(j * 4 + 3) * cells + cell];
                    double cy = ty / 10 * ah + acy, cx = tx / 10 * aw + acx;
                    double h = Math.exp(th / 5) * ah, w = Math.exp(tw / 5) * aw;
                    found.add(ScoredBox.ofCentre(cx, cy, w, h, 1 / (1 + Math.exp(-z))));
                }
            }
            base += cells * a;
        }
        return found;
    }

    @Override
    public void close() {
        nets.close();
    }
}
