package io.veil.spi;

import io.veil.model.Box;
import io.veil.model.FaceCheck;
import java.awt.image.BufferedImage;
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
