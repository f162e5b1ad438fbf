package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTFLite;

import java.nio.file.Path;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.bytedeco.opencv.opencv_core.StringVector;

/** MediaPipe full-range BlazeFace (TFLite) on OpenCV DNN: 192 × 192 RGB in [-1, 1]. Thread-safe. */
final class BlazeFaceModel implements WindowModel {

    static final String ID = "blazeface-full-range";
    static final String VERSION = "mediapipe-face_detection_full_range@0.4.1657300184";

    private final NetPool nets;

    private BlazeFaceModel(NetPool nets) {
        this.nets = nets;
    }

    static BlazeFaceModel load(Path modelFile) {
        return new BlazeFaceModel(NetPool.open(modelFile, p -> readNetFromTFLite(p.toString())));
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
        int n = BlazeFaceDecoder.INPUT;
        Mat input = Mats.resized(bgrWindow, n, n);
        Mat blob = blobFromImage(input, 1 / 127.5, new Size(n, n), new Scalar(127.5, 127.5, 127.5, 0), true, false, CV_32F);
        float[][] out = nets.with(net -> run(net, blob));
        float[] scores = out[0].length == BlazeFaceDecoder.ANCHORS ? out[0] : out[1];
        float[] regressors = out[0].length == BlazeFaceDecoder.ANCHORS ? out[1] : out[0];
        return BlazeFaceDecoder.decode(scores, regressors, minScore);
    }

    static float[][] run(Net net, Mat blob) {
        net.setInput(blob);
        StringVector names = net.getUnconnectedOutLayersNames();
        MatVector outs = new MatVector();
        net.forward(outs, names);
        float[][] result = new float[(int) outs.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = Mats.floats(outs.get(i));
        }
        return result;
    }

    @Override
    public void close() {
        nets.close();
    }
}
