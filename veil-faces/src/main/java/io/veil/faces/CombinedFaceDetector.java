package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several face detectors as one: each runs on the image, and their faces are merged by weighted NMS (a face
 * seen by two detectors becomes one blended box, the stronger detector's id and score). Used to pair
 * BlazeFace (precise on clear faces) with UltraFace (small and masked faces). Thread-safe when the parts
 * are; closing it closes them.
 *
 * <pre>{@code
 * try (FaceDetector faces = CombinedFaceDetector.load(Path.of(System.getProperty("user.home"), ".cache/veil/models"))) {
 *     List<FaceDetector.Face> found = faces.detect(image);
 * }
 * }</pre>
 */
public final class CombinedFaceDetector implements FaceDetector {

    private final List<FaceDetector> parts;
    private final double nmsIou;

    public CombinedFaceDetector(List<FaceDetector> parts, double nmsIou) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no detectors to combine");
        }
        this.parts = List.copyOf(parts);
        this.nmsIou = nmsIou;
    }

    /**
     * Veil's default face detector: {@link EnsembleFaceDetector} (UltraFace RFB-320 and BlazeFace full-range
     * over a window pyramid and SSD MobileNetV1 on the whole image, accepted by boosted trees over their
     * agreement), the models from {@code modelsDir/faces/}.
     */
    public static CombinedFaceDetector load(Path modelsDir) {
        return new CombinedFaceDetector(List.of(EnsembleFaceDetector.load(modelsDir)), 0.3);
    }

    /** The earlier pairing: BlazeFace and UltraFace each tiled and thresholded alone, then merged. */
    public static CombinedFaceDetector loadPair(Path modelsDir) {
        FaceDetector blaze = BlazeFaceDetector.load(modelsDir.resolve(BlazeFaceDetector.MODEL_FILE));
        try {
            return new CombinedFaceDetector(List.of(blaze, UltraFaceDetector.load(modelsDir.resolve(UltraFaceDetector.MODEL_FILE))), 0.3);
        } catch (RuntimeException e) {
            blaze.close();
            throw e;
        }
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        List<ScoredBox> boxes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (FaceDetector d : parts) {
            for (Face f : d.detect(image)) {
                Box b = f.box();
                boxes.add(new ScoredBox(b.x(), b.y(), b.right(), b.bottom(), f.score()));
                ids.add(f.detector());
            }
        }
        List<ScoredBox> merged = Nms.weighted(boxes, nmsIou, 0.7);
        List<Face> out = new ArrayList<>(merged.size());
        for (ScoredBox m : merged) {
            Box box = m.toBox(image.getWidth(), image.getHeight());
            if (!box.isEmpty()) {
                out.add(new Face(box, m.score(), ids.get(strongestAt(boxes, m))));
            }
        }
        return out;
    }

    /** The input box that gave the merged box its score (its detector names the result). */
    private static int strongestAt(List<ScoredBox> boxes, ScoredBox merged) {
        int best = 0;
        double bestIou = -1;
        for (int i = 0; i < boxes.size(); i++) {
            ScoredBox b = boxes.get(i);
            if (b.score() == merged.score() && b.iou(merged) > bestIou) {
                best = i;
                bestIou = b.iou(merged);
            }
        }
        return best;
    }

    @Override
    public String version() {
        return parts.stream().map(FaceDetector::version).collect(Collectors.joining(" + "));
    }

    @Override
    public void close() {
        parts.forEach(FaceDetector::close);
    }
}
