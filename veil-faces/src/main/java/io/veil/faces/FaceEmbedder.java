package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;
import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Face embeddings with {@code model/fr_feature.onnx} from npm {@code faceplugin-face-recognition-js@0.0.1}
 * (MIT) on OpenCV DNN, to test that a redacted face no longer matches its original. Input as the package's
 * {@code lib/fr_feature.js} prepares it: 112 × 112 RGB, (v − 127) / 128, NCHW, the face aligned on its eyes
 * and nose ({@link FaceLandmarks.Alignment}, as the package does). Embeddings are L2-normalised, so
 * {@link #similarity} is their cosine. Thread-safe (one network per concurrent caller).
 *
 * <pre>{@code
 * try (FaceEmbedder e = FaceEmbedder.load(models.resolve(FaceEmbedder.MODEL_FILE))) {
 *     FaceLandmarks.Alignment a = landmarks.alignment(original, box);
 *     double s = FaceEmbedder.similarity(e.embed(original, a), e.embed(redacted, a));
 * }
 * }</pre>
 */
public final class FaceEmbedder implements AutoCloseable {

    /** File name of the model inside the models folder. */
    public static final String MODEL_FILE = "faces/fr_feature.onnx";
    public static final String VERSION = "fr_feature (faceplugin-face-recognition-js@0.0.1)";
    private static final int SIDE = 112;

    private final NetPool nets;

    private FaceEmbedder(NetPool nets) {
        this.nets = nets;
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static FaceEmbedder load(Path modelFile) {
        return new FaceEmbedder(NetPool.open(modelFile, p -> readNetFromONNX(p.toString())));
    }

    /** The unit-length embedding of the 112 × 112 crop that {@code alignment} maps the image onto (outside is black). */
    public float[] embed(BufferedImage image, FaceLandmarks.Alignment alignment) {
        try (PointerScope scope = new PointerScope()) {
            Mat map = new Mat(2, 3, CV_64F, new DoublePointer(alignment.affine()));
            Mat crop = new Mat();
            warpAffine(Mats.toBgr(image), crop, map, new Size(SIDE, SIDE), INTER_LINEAR, BORDER_CONSTANT, Scalar.all(0));
            return run(crop);
        }
    }

    private float[] run(Mat bgr112) {
        Mat blob = blobFromImage(bgr112, 1 / 128.0, new Size(SIDE, SIDE), new Scalar(127, 127, 127, 0), true, false, CV_32F);
        float[][] out = nets.with(net -> BlazeFaceModel.run(net, blob));
        return normalised(out[0]);
    }

    static float[] normalised(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = n == 0 ? 0 : (float) (v[i] / n);
        }
        return out;
    }

    /** Cosine similarity of two embeddings from {@link #embed}, in [-1, 1]. */
    public static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings of different length");
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public void close() {
        nets.close();
    }
}
