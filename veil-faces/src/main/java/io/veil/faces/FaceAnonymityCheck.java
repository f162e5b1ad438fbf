package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof that redacted faces are anonymous: for every redacted face box, the face-embedding similarity of the
 * original against the redacted pixels (it must fall below the match threshold) and whether a face detector
 * still finds a face there (it must not). The face is aligned on landmarks found in the original, and the
 * same alignment crops the redacted image: the attacker is assumed to know exactly where the face was.
 * Holds no image; immutable and thread-safe when its parts are.
 *
 * <pre>{@code
 * FaceAnonymityCheck check = new FaceAnonymityCheck(embedder, landmarks, detector, FaceAnonymityCheck.MATCH_THRESHOLD);
 * for (FaceAnonymityCheck.Result r : check.check(original, redacted, faceBoxes)) {
 *     if (!r.anonymous()) { ... }
 * }
 * }</pre>
 */
public final class FaceAnonymityCheck {

    /**
     * Cosine similarity of aligned crops at or above which two faces count as the same person. Measured on
     * eval-dev {@code faces_kaggle_facemask} ({@code FaceMatchCalibration}, 99 unmasked faces of 32 px and up):
     * a face against its mirrored, rescaled or shifted self has median 0.91 and 5th percentile 0.47; faces
     * from different photos have median 0.10 and 95th percentile 0.45. The threshold is that 95th percentile:
     * a redacted face must be further from its original than 95% of strangers are, while 95% of true pairs
     * still match.
     */
    public static final double MATCH_THRESHOLD = 0.45;

    /**
     * One redacted face.
     *
     * @param box        the redacted face box, image pixels
     * @param similarity cosine similarity of the original and redacted crops
     * @param matches    {@code similarity >= threshold}: a recognition system would still match the face
     * @param detected   a face detector still finds a face over this box in the redacted image
     */
    public record Result(Box box, double similarity, boolean matches, boolean detected) {
        public Result {
            if (box == null || Double.isNaN(similarity)) {
                throw new IllegalArgumentException("box and similarity are required");
            }
        }

        /** Neither recognised nor detected. */
        public boolean anonymous() {
            return !matches && !detected;
        }
    }

    private final FaceEmbedder embedder;
    private final FaceLandmarks landmarks;
    private final FaceDetector detector;
    private final double threshold;

    public FaceAnonymityCheck(FaceEmbedder embedder, FaceLandmarks landmarks, FaceDetector detector, double threshold) {
        if (embedder == null || landmarks == null || detector == null || !(threshold > -1 && threshold < 1)) {
            throw new IllegalArgumentException("embedder, landmarks, detector and a threshold in (-1,1) are required");
        }
        this.embedder = embedder;
        this.landmarks = landmarks;
        this.detector = detector;
        this.threshold = threshold;
    }

    /**
     * @param original the image before redaction
     * @param redacted the same image after redaction (same size)
     * @param faces    the boxes that were redacted (as given to the redactor, padded or not)
     */
    public List<Result> check(BufferedImage original, BufferedImage redacted, List<Box> faces) {
        if (original.getWidth() != redacted.getWidth() || original.getHeight() != redacted.getHeight()) {
            throw new IllegalArgumentException("original and redacted images differ in size");
        }
        List<FaceDetector.Face> still = detector.detect(redacted);
        List<Result> out = new ArrayList<>(faces.size());
        for (Box box : faces) {
            FaceLandmarks.Alignment a = landmarks.alignment(original, box);
            double s = FaceEmbedder.similarity(embedder.embed(original, a), embedder.embed(redacted, a));
            boolean detected = still.stream().anyMatch(f -> overlaps(f.box(), box));
            out.add(new Result(box, s, s >= threshold, detected));
        }
        return out;
    }

    /** A detection counts for a box when it overlaps it at all substantially or sits inside it. */
    static boolean overlaps(Box detection, Box face) {
        long smaller = Math.min(detection.area(), face.area());
        return smaller > 0 && (detection.iou(face) >= 0.3 || (double) detection.intersection(face).area() / smaller >= 0.5);
    }
}
