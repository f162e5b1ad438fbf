package io.veil.spi;

import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.model.FaceStyle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Verify: proves that redacted faces are anonymous, by comparing each redacted face with its original the way
 * a face-recognition system would and by looking for a face there again. Optional in the verification step
 * ({@code redact --prove-faces}); the implementation lives with the face models. Thread-safe.
 *
 * <pre>{@code
 * for (FaceCheck c : proof.prove(original, redacted, faceBoxes)) {
 *     if (!c.anonymous()) { ... }   // fails verification
 * }
 * }</pre>
 */
public interface FaceProof {

    /**
     * Rounds in which callers fill the faces that fail solid and prove again before they give up: filling one
     * face changes what the detector sees, so another may fail next.
     */
    int FILL_ROUNDS = 3;

    /** A redaction region holds a face when it covers at least this share of the face box. */
    double REGION_HOLDS_FACE = 0.9;

    /**
     * What {@link #proveAndFill} made of one image.
     *
     * @param image  the image to keep: the redacted one, or it with the regions of failing faces filled solid
     * @param first  the proofs of the redacted image as it came
     * @param last   the proofs of {@code image}
     * @param filled faces whose region was filled solid
     */
    record Filled(BufferedImage image, List<FaceCheck> first, List<FaceCheck> last, int filled) {
        public Filled {
            first = List.copyOf(first);
            last = List.copyOf(last);
        }
    }

    /**
     * Proves {@code redacted} (made by {@code redactor} from {@code original} with the face {@code regions} in
     * {@code style}); the regions holding a face that fails are filled solid and the image proven again, for up
     * to {@link #FILL_ROUNDS} rounds. A failing face no region holds is filled by its own box.
     */
    default Filled proveAndFill(BufferedImage original, BufferedImage redacted, List<Box> faces, List<Box> regions,
                                PageRedactor redactor, FaceStyle style) {
        List<FaceCheck> first = prove(original, redacted, faces), checks = first;
        List<Box> fills = new ArrayList<>(), kept = new ArrayList<>(regions), filledFaces = new ArrayList<>();
        BufferedImage out = redacted;
        for (int round = 0; round < FILL_ROUNDS; round++) {
            List<Box> failing = checks.stream().filter(c -> !c.anonymous()).map(FaceCheck::box)
                    .filter(b -> !filledFaces.contains(b)).toList();
            if (failing.isEmpty()) {
                break;
            }
            for (Box b : failing) {
                List<Box> holding = kept.stream().filter(r -> r.covers(b, REGION_HOLDS_FACE)).toList();
                fills.addAll(holding.isEmpty() ? List.of(b) : holding);
                kept.removeAll(holding);
            }
            filledFaces.addAll(failing);
            out = redactor.redact(original, fills, kept, style);
            checks = prove(original, out, faces);
        }
        return new Filled(out, first, checks, filledFaces.size());
    }

    /**
     * @param original the image before redaction
     * @param redacted the same image after redaction (same size)
     * @param faces    the face boxes that were redacted (unpadded, as detected)
     * @return one check per face, in order
     */
    List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces);

    /** Models and threshold, for the report. */
    String version();
}
