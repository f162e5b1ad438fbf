package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import io.veil.model.Box;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * 68-point face landmarks with {@code model/fr_landmark.onnx} from npm {@code faceplugin-face-recognition-js@0.0.1}
 * (MIT) on OpenCV DNN, prepared as the package's {@code lib/fr_landmark.js} does: the face box (kept inside
 * the image) resized to 64 × 64 grey, values / 256; the output is 68 (x, y) pairs relative to the box. Used to
 * align faces for {@link FaceEmbedder} the way the embedding model was trained. Thread-safe.
 *
 * <pre>{@code
 * try (FaceLandmarks lm = FaceLandmarks.load(models.resolve(FaceLandmarks.MODEL_FILE))) {
 *     FaceLandmarks.Alignment a = lm.alignment(image, box);
 * }
 * }</pre>
 */
public final class FaceLandmarks implements AutoCloseable {

    public static final String MODEL_FILE = "faces/fr_landmark.onnx";
    public static final String VERSION = "fr_landmark (faceplugin-face-recognition-js@0.0.1)";
    private static final int SIDE = 64, POINTS = 68;
    /** Side of the embedding model's input crop. */
    static final int CROP = 112;
    /** Left eye, right eye, nose tip of the 112 × 112 crop the embedding model expects (the package's reference points). */
    private static final double[][] REFERENCE = {{38.29459953, 51.69630051}, {73.53179932, 51.50139999}, {56.02519989, 71.73660278}};

    /**
     * An affine map from image pixels to the 112 × 112 embedding crop, row-major 2 × 3. Computed once on the
     * original image and applied to the redacted one too, so both crops cover the same pixels.
     */
    public record Alignment(double[] affine) {
        public Alignment {
            if (affine.length != 6) {
                throw new IllegalArgumentException("a 2 x 3 affine map has 6 entries");
            }
            affine = affine.clone();
        }

        /**
         * The box itself stretched onto the whole crop, without landmarks: steadier than landmarks on small or
         * masked faces, where the landmark model guesses.
         */
        public static Alignment ofBox(Box box) {
            if (box.isEmpty()) {
                throw new IllegalArgumentException("empty face box");
            }
            double sx = (double) CROP / box.width(), sy = (double) CROP / box.height();
            return new Alignment(new double[] {sx, 0, -box.x() * sx, 0, sy, -box.y() * sy});
        }

        @Override
        public double[] affine() {
            return affine.clone();
        }
    }

    private final NetPool nets;

    private FaceLandmarks(NetPool nets) {
        this.nets = nets;
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static FaceLandmarks load(Path modelFile) {
        return new FaceLandmarks(NetPool.open(modelFile, p -> readNetFromONNX(p.toString())));
    }

    /** The 68 landmarks of the face in {@code box}, as x0, y0, x1, y1, … in image pixels. */
    public double[] landmarks(BufferedImage image, Box box) {
        try (PointerScope scope = new PointerScope()) {
            return landmarks(Mats.toBgr(image), box);
        }
    }

    /** As {@link #landmarks(BufferedImage, Box)} on an 8-bit BGR image, converted once by the caller. */
    double[] landmarks(Mat bgr, Box box) {
        Box b = box.clip(bgr.cols(), bgr.rows());
        if (b.isEmpty()) {
            throw new IllegalArgumentException("face box outside the image");
        }
        try (PointerScope scope = new PointerScope()) {
            Mat crop = Mats.window(bgr, new Tiling.Window(b.x(), b.y(), b.width(), b.height(), 0));
            Mat grey = new Mat();
            cvtColor(Mats.resized(crop, SIDE, SIDE), grey, COLOR_BGR2GRAY);
            Mat blob = blobFromImage(grey, 1 / 256.0, new Size(SIDE, SIDE), new Scalar(0, 0, 0, 0), false, false, CV_32F);
            float[] out = nets.with(net -> BlazeFaceModel.run(net, blob))[0];
            if (out.length != 2 * POINTS) {
                throw new IllegalStateException("unexpected landmark output size " + out.length);
            }
            double[] pts = new double[out.length];
            for (int i = 0; i < POINTS; i++) {
                pts[2 * i] = b.x() + out[2 * i] * b.width();
                pts[2 * i + 1] = b.y() + out[2 * i + 1] * b.height();
            }
            return pts;
        }
    }

    /** The alignment of the face in {@code box}: its eyes and nose mapped onto the embedding model's reference points. */
    public Alignment alignment(BufferedImage image, Box box) {
        return alignment(landmarks(image, box), box);
    }

    /** As {@link #alignment(BufferedImage, Box)} on an 8-bit BGR image. */
    Alignment alignment(Mat bgr, Box box) {
        return alignment(landmarks(bgr, box), box);
    }

    /**
     * As the package's {@code convert68pts5pts}: eye centres from four eye points each, nose tip point 30.
     * Collinear points (a face too small for the landmark model) fall back to {@link Alignment#ofBox}.
     */
    static Alignment alignment(double[] pts, Box box) {
        double[][] src = {
                {mean(pts, 37, 38, 40, 41, 0), mean(pts, 37, 38, 40, 41, 1)},
                {mean(pts, 43, 44, 46, 47, 0), mean(pts, 43, 44, 46, 47, 1)},
                {pts[60], pts[61]}};
        double[] m = affineFrom(src, REFERENCE);
        return m == null ? Alignment.ofBox(box) : new Alignment(m);
    }

    private static double mean(double[] pts, int a, int b, int c, int d, int axis) {
        return (pts[2 * a + axis] + pts[2 * b + axis] + pts[2 * c + axis] + pts[2 * d + axis]) / 4;
    }

    /** The affine map taking three source points onto three target points (as OpenCV's getAffineTransform), null when they are collinear. */
    static double[] affineFrom(double[][] src, double[][] dst) {
        // Solve [x y 1] · [a b c]^T = u for each output row, by Cramer's rule on the 3 × 3 system.
        double det = src[0][0] * (src[1][1] - src[2][1]) - src[0][1] * (src[1][0] - src[2][0])
                + (src[1][0] * src[2][1] - src[2][0] * src[1][1]);
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        double[] m = new double[6];
        for (int row = 0; row < 2; row++) {
            double u0 = dst[0][row], u1 = dst[1][row], u2 = dst[2][row];
            double a = (u0 * (src[1][1] - src[2][1]) - src[0][1] * (u1 - u2) + (u1 * src[2][1] - u2 * src[1][1])) / det;
            double b = (src[0][0] * (u1 - u2) - u0 * (src[1][0] - src[2][0]) + (src[1][0] * u2 - src[2][0] * u1)) / det;
            double c = (src[0][0] * (src[1][1] * u2 - src[2][1] * u1) - src[0][1] * (src[1][0] * u2 - src[2][0] * u1)
                    + u0 * (src[1][0] * src[2][1] - src[2][0] * src[1][1])) / det;
            m[3 * row] = a;
            m[3 * row + 1] = b;
            m[3 * row + 2] = c;
        }
        return m;
    }

    @Override
    public void close() {
        nets.close();
    }
}
