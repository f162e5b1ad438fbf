package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * UltraFace RFB-320 (ONNX, from npm {@code faceplugin-face-recognition-js@0.0.1}) on OpenCV DNN: 320 × 240
 * RGB as (x − 127) / 128; its outputs are already decoded: {@code scores} [1, 4420, 2] (softmax, column 1 is
 * "face") and {@code boxes} [1, 4420, 4] (normalised corners). Thread-safe.
 */
final class UltraFaceModel implements WindowModel {

    static final String ID = "ultraface-rfb-320";
    static final String VERSION = "ultraface-rfb-320 (faceplugin-face-recognition-js@0.0.1 fr_detect.onnx)";
    private static final int W = 320, H = 240, PRIORS = 4420;

    private final NetPool nets;

    private UltraFaceModel(NetPool nets) {
        this.nets = nets;
    }

    static UltraFaceModel load(Path modelFile) {
        return new UltraFaceModel(NetPool.open(modelFile, p -> readNetFromONNX(p.toString())));
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
        return (double) W / H;
    }

    @Override
    public List<ScoredBox> infer(Mat bgrWindow, double minScore) {
        Mat input = Mats.resized(bgrWindow, W, H);
        Mat blob = blobFromImage(input, 1 / 128.0, new Size(W, H), new Scalar(127, 127, 127, 0), true, false, CV_32F);
        float[][] out = nets.with(net -> BlazeFaceModel.run(net, blob));
        boolean boxesFirst = out[0].length == PRIORS * 4;
        float[] boxes = boxesFirst ? out[0] : out[1], scores = boxesFirst ? out[1] : out[0];
        if (boxes.length != PRIORS * 4 || scores.length != PRIORS * 2) {
            throw new IllegalStateException("unexpected UltraFace output size");
        }
        List<ScoredBox> found = new ArrayList<>();
        for (int i = 0; i < PRIORS; i++) {
            double s = scores[2 * i + 1];
            if (s < minScore) {
                continue;
            }
            double x0 = boxes[4 * i], y0 = boxes[4 * i + 1], x1 = boxes[4 * i + 2], y1 = boxes[4 * i + 3];
            if (x1 > x0 && y1 > y0) {
                found.add(new ScoredBox(x0, y0, x1, y1, Math.min(1, Math.max(0, s))));
            }
        }
        return found;
    }

    @Override
    public void close() {
        nets.close();
    }
}
