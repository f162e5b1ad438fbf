package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;
import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.mean;

import io.veil.model.Box;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
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
 *     double s = FaceEmbedder.similarity(e.embed(original, a, box), e.embed(redacted, a, box));
 * }
 * }</pre>
 */
public final class FaceEmbedder implements AutoCloseable {

    /** File name of the model inside the models folder. */
    public static final String MODEL_FILE = "faces/fr_feature.onnx";
    public static final String VERSION = "fr_feature (faceplugin-face-recognition-js@0.0.1)";
    private static final int SIDE = FaceLandmarks.CROP;

    private final NetPool nets;

    private FaceEmbedder(NetPool nets) {
        this.nets = nets;
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static FaceEmbedder load(Path modelFile) {
        return new FaceEmbedder(NetPool.open(modelFile, p -> readNetFromONNX(p.toString())));
    }

    /**
     * The unit-length embedding of the 112 × 112 crop that {@code alignment} maps the image onto (outside the
     * image is black), with every crop pixel that comes from outside {@code region} set to the model's neutral
     * grey: only what lies inside the face box counts, so a redacted face is not "recognised" by the unchanged
     * hair, collar and background around it.
     */
    public float[] embed(BufferedImage image, FaceLandmarks.Alignment alignment, Box region) {
        try (PointerScope scope = new PointerScope()) {
            return embed(Mats.toBgr(image), alignment, region);
        }
    }

    /** As {@link #embed(BufferedImage, FaceLandmarks.Alignment, Box)} on an 8-bit BGR image, converted once by the caller. */
    float[] embed(Mat bgr, FaceLandmarks.Alignment alignment, Box region) {
        return embed(bgr, alignment, region, null);
    }

    /**
     * The embedding of the same crop with the face box painted flat in its mean colour: a redaction that keeps
     * nothing but the average colour, the reference a redacted face is compared against in
     * {@code FaceAnonymityCheck}.
     */
    public float[] embedBlank(BufferedImage image, FaceLandmarks.Alignment alignment, Box region) {
        try (PointerScope scope = new PointerScope()) {
            return embedBlank(Mats.toBgr(image), alignment, region);
        }
    }

    float[] embedBlank(Mat bgr, FaceLandmarks.Alignment alignment, Box region) {
        Box r = region.clip(bgr.cols(), bgr.rows());
        if (r.isEmpty()) {
            throw new IllegalArgumentException("face box outside the image");
        }
        try (PointerScope scope = new PointerScope()) {
            Scalar mean = mean(new Mat(bgr, new Rect(r.x(), r.y(), r.width(), r.height())));
            int[] fill = {(int) Math.round(mean.get(0)), (int) Math.round(mean.get(1)), (int) Math.round(mean.get(2))};
            return embed(bgr, alignment, region, fill);
        }
    }

    private float[] embed(Mat bgr, FaceLandmarks.Alignment alignment, Box region, int[] insideFill) {
        try (PointerScope scope = new PointerScope()) {
            double[] m = alignment.affine();
            Mat map = new Mat(2, 3, CV_64F, new DoublePointer(m));
            Mat crop = new Mat();
            warpAffine(bgr, crop, map, new Size(SIDE, SIDE), INTER_LINEAR, BORDER_CONSTANT, Scalar.all(0));
            paint(crop, m, region, insideFill);
            return run(crop);
        }
    }

    /**
     * Sets crop pixels whose source point (inverse of the 2 × 3 map {@code m}) lies outside {@code region} to
     * 127, and those inside to {@code insideFill} (BGR) unless it is null.
     */
    private static void paint(Mat crop, double[] m, Box region, int[] insideFill) {
        double det = m[0] * m[4] - m[1] * m[3];
        if (det == 0) {
            throw new IllegalArgumentException("degenerate alignment");
        }
        double i0 = m[4] / det, i1 = -m[1] / det, i3 = -m[3] / det, i4 = m[0] / det;
        try (UByteIndexer px = crop.createIndexer()) {
            for (int y = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++) {
                    double dx = x - m[2], dy = y - m[5];
                    double sx = i0 * dx + i1 * dy, sy = i3 * dx + i4 * dy;
                    boolean outside = sx < region.x() || sy < region.y() || sx >= region.right() || sy >= region.bottom();
                    if (outside || insideFill != null) {
                        for (int ch = 0; ch < 3; ch++) {
                            px.put(y, x, ch, outside ? 127 : insideFill[ch]);
                        }
                    }
                }
            }
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
