package io.veil.faces;

import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof that redacted faces are anonymous: for every redacted face box, the face-embedding similarity of the
 * original against the redacted pixels (it must fall below the match threshold) and whether a face detector
 * still finds a face there (it must not). The face is aligned on landmarks found in the original, and the
 * same alignment crops the redacted image: the attacker is assumed to know exactly where the face was. Only
 * the face box is compared (the crop around it is grey in both): hair, collar and background outside the box
 * are unchanged by redaction and would make any redacted face look like its original.
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

    /**
     * Cosine similarity of aligned crops (only the face box; around it neutral grey) at or above which two
     * faces count as the same person. Measured on eval-dev {@code faces_kaggle_facemask}
     * ({@code FaceMatchCalibration}, 99 unmasked faces of 32 px and up): a face against its mirrored, rescaled
     * or shifted self has median 0.90 and 5th percentile 0.49; faces from different photos have median 0.15 and
     * 95th percentile 0.50. The threshold is that 95th percentile: a redacted face must be further from its
     * original than 95% of strangers are, while 95% of true pairs still match.
     */
    public static final double MATCH_THRESHOLD = 0.50;

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

    /** Embedder and landmarks from {@code modelsDir/faces/}, threshold {@link #MATCH_THRESHOLD}, {@code detector} shared. */
    public static FaceAnonymityCheck load(Path modelsDir, FaceDetector detector) {
        FaceEmbedder e = FaceEmbedder.load(modelsDir.resolve(FaceEmbedder.MODEL_FILE));
        try {
            return new FaceAnonymityCheck(e, FaceLandmarks.load(modelsDir.resolve(FaceLandmarks.MODEL_FILE)), detector, MATCH_THRESHOLD);
        } catch (RuntimeException ex) {
            e.close();
            throw ex;
        }
    }

    @Override
    public List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces) {
        if (original.getWidth() != redacted.getWidth() || original.getHeight() != redacted.getHeight()) {
            throw new IllegalArgumentException("original and redacted images differ in size");
        }
        List<FaceDetector.Face> still = detector.detect(redacted);
        List<FaceCheck> out = new ArrayList<>(faces.size());
        for (Box box : faces) {
            FaceLandmarks.Alignment a = landmarks.alignment(original, box);
            double s = FaceEmbedder.similarity(embedder.embed(original, a, box), embedder.embed(redacted, a, box));
            boolean detected = still.stream().anyMatch(f -> overlaps(f.box(), box));
            out.add(new FaceCheck(box, s, threshold, detected));
        }
        return out;
    }

    @Override
    public String version() {
        return FaceEmbedder.VERSION + " + " + FaceLandmarks.VERSION + ", match at similarity >= " + threshold + "; " + detector.version();
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
