package io.veil.faces;

import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Proof that redacted faces are anonymous: for every redacted face box, the face-embedding similarity of the
 * original against the redacted pixels, and whether a face detector still finds a face there (it must not).
 * A redacted face still matches when its similarity reaches the match threshold of its size band
 * ({@link #THRESHOLDS}) and also exceeds, by {@link #BLANK_MARGIN}, the similarity of a blank patch in the face's
 * mean colour: a face the recognition model already confuses with a blank patch of its own colour (most masked,
 * profile and tiny faces, for this model) cannot be re-identified by it, whatever the redaction left.
 * The attacker is assumed to know exactly where the face was and to use the better of two views of it
 * ({@link View}); the same crop is taken from the original and the redacted image. Only the face box is compared:
 * hair, collar and background outside the box are unchanged by redaction and would make any redacted face look
 * like its original.
 * Holds no image; immutable and thread-safe when its parts are. It owns the embedder and landmark models
 * (closing it closes them), not the detector.
 *
 * <pre>{@code
 * try (FaceAnonymityCheck check = FaceAnonymityCheck.load(modelsDir, detector)) {
 *   for (FaceCheck c : check.prove(original, redacted, faceBoxes)) {
 *     if (!c.anonymous()) { ... }
 *   }
 * }
 * }</pre>
 */
public final class FaceAnonymityCheck implements FaceProof, AutoCloseable {

    /** How a face is cropped for the embedding model. */
    public enum View {
        /** Eyes and nose on the model's reference points, from the 68 landmarks found in the original; around the box grey. */
        LANDMARKS,
        /** The face box stretched onto the whole crop ({@link FaceLandmarks.Alignment#ofBox}). */
        BOX
    }

    /**
     * Match thresholds per view and face size: two crops match when their similarity reaches the threshold
     * of the band the face's longer side falls in. The embedding model's scores depend strongly on size (two
     * strangers of 12 px look far more alike to it than two of 80 px), so one threshold cannot serve all sizes.
     *
     * @param upperBounds exclusive upper ends of the size bands but the last, ascending (px)
     * @param landmarks   threshold per band for {@link View#LANDMARKS} (one more than {@code upperBounds})
     * @param box         threshold per band for {@link View#BOX}
     */
    public record Thresholds(int[] upperBounds, double[] landmarks, double[] box) {
        public Thresholds {
            upperBounds = upperBounds.clone();
            landmarks = landmarks.clone();
            box = box.clone();
            if (landmarks.length != upperBounds.length + 1 || box.length != upperBounds.length + 1) {
                throw new IllegalArgumentException("one threshold per size band is required");
            }
            for (double t : landmarks) {
                check(t);
            }
            for (double t : box) {
                check(t);
            }
        }

        private static void check(double t) {
            if (!(t > -1 && t < 1)) {
                throw new IllegalArgumentException("thresholds lie in (-1,1)");
            }
        }

        /** The size band of a face box (index into the threshold arrays). */
        public int band(Box face) {
            return band(upperBounds, face);
        }

        /** The size band of a face box among bands ending at {@code upperBounds}. */
        public static int band(int[] upperBounds, Box face) {
            int side = Math.max(face.width(), face.height()), b = 0;
            while (b < upperBounds.length && side >= upperBounds[b]) {
                b++;
            }
            return b;
        }

        public double at(View view, Box face) {
            return (view == View.LANDMARKS ? landmarks : box)[band(face)];
        }

        @Override
        public int[] upperBounds() {
            return upperBounds.clone();
        }

        @Override
        public double[] landmarks() {
            return landmarks.clone();
        }

        @Override
        public double[] box() {
            return box.clone();
        }
    }

    /**
     * The thresholds established on eval-dev {@code faces_kaggle_facemask} by {@code FaceMatchCalibration}:
     * per view and size band, the similarity that only one pair of faces from different photos in a thousand
     * reaches (false match rate 0.1%, a usual operating point of face verification).
     */
    public static final Thresholds THRESHOLDS = new Thresholds(new int[] {16, 32, 64},
            new double[] {0.852, 0.831, 0.790, 0.790},
            new double[] {0.837, 0.735, 0.696, 0.797});

    /**
     * How much closer than a blank patch of its mean colour a redacted face must come to its original to count as
     * a match. For scale, measured by {@code FaceMatchCalibration}: a black fill, which keeps nothing, comes up to
     * about 0.3 closer than that blank patch (99th percentile about 0.2), so differences this small are the
     * model's noise.
     */
    public static final double BLANK_MARGIN = 0.1;

    private final FaceEmbedder embedder;
    private final FaceLandmarks landmarks;
    private final FaceDetector detector;
    private final Thresholds thresholds;

    public FaceAnonymityCheck(FaceEmbedder embedder, FaceLandmarks landmarks, FaceDetector detector, Thresholds thresholds) {
        if (embedder == null || landmarks == null || detector == null || thresholds == null) {
            throw new IllegalArgumentException("embedder, landmarks, detector and thresholds are required");
        }
        this.embedder = embedder;
        this.landmarks = landmarks;
        this.detector = detector;
        this.thresholds = thresholds;
    }

    /** Embedder and landmarks from {@code modelsDir/faces/}, {@link #THRESHOLDS}, {@code detector} shared. */
    public static FaceAnonymityCheck load(Path modelsDir, FaceDetector detector) {
        FaceEmbedder e = FaceEmbedder.load(modelsDir.resolve(FaceEmbedder.MODEL_FILE));
        try {
            return new FaceAnonymityCheck(e, FaceLandmarks.load(modelsDir.resolve(FaceLandmarks.MODEL_FILE)), detector, THRESHOLDS);
        } catch (RuntimeException ex) {
            e.close();
            throw ex;
        }
    }

    /**
     * One {@link FaceCheck} per box, in order. Its similarity and threshold are those of the view in which the
     * redacted face comes closest to matching (the larger similarity minus threshold); the threshold is the
     * larger of the size band's and the blank patch's similarity plus {@link #BLANK_MARGIN}.
     */
    @Override
    public List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces) {
        if (original.getWidth() != redacted.getWidth() || original.getHeight() != redacted.getHeight()) {
            throw new IllegalArgumentException("original and redacted images differ in size");
        }
        List<FaceDetector.Face> still = detector.detect(redacted);
        List<FaceCheck> out = new ArrayList<>(faces.size());
        try (PointerScope scope = new PointerScope()) {
            Mat before = Mats.toBgr(original), after = Mats.toBgr(redacted);
            for (Box box : faces) {
                FaceCheck worst = null;
                for (View view : View.values()) {
                    FaceLandmarks.Alignment a = view == View.BOX ? FaceLandmarks.Alignment.ofBox(box) : landmarks.alignment(before, box);
                    float[] face = embedder.embed(before, a, box);
                    double s = FaceEmbedder.similarity(face, embedder.embed(after, a, box));
                    double blank = FaceEmbedder.similarity(face, embedder.embedBlank(before, a, box));
                    double t = Math.min(0.999, Math.max(thresholds.at(view, box), blank + BLANK_MARGIN));
                    if (worst == null || s - t > worst.similarity() - worst.threshold()) {
                        worst = new FaceCheck(box, s, t, false);
                    }
                }
                boolean detected = still.stream().anyMatch(f -> overlaps(f.box(), box));
                out.add(new FaceCheck(box, worst.similarity(), worst.threshold(), detected));
            }
        }
        return out;
    }

    @Override
    public String version() {
        return FaceEmbedder.VERSION + " + " + FaceLandmarks.VERSION + ", landmark and box views, match at the size band's"
                + " threshold (false match rate 0.1%) and " + BLANK_MARGIN + " above a blank patch; " + detector.version();
    }

    @Override
    public void close() {
        embedder.close();
        landmarks.close();
    }

    /** A detection counts for a box when it overlaps it at all substantially or sits inside it. */
    static boolean overlaps(Box detection, Box face) {
        long smaller = Math.min(detection.area(), face.area());
        return smaller > 0 && (detection.iou(face) >= 0.3 || (double) detection.intersection(face).area() / smaller >= 0.5);
    }
}
