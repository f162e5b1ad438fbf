package io.veil.model;

/**
 * One redacted face proven anonymous or not ({@link io.veil.spi.FaceProof}): how similar a face-recognition
 * system finds it to its original, and whether a detector still finds a face there.
 *
 * @param box        the face box (image pixels)
 * @param similarity face-embedding similarity of the original and the redacted face
 * @param threshold  similarity at or above which two faces count as the same person
 * @param detected   a face detector still finds a face over this box in the redacted image
 */
public record FaceCheck(Box box, double similarity, double threshold, boolean detected) {
    public FaceCheck {
        if (box == null || Double.isNaN(similarity) || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("box, similarity and threshold are required");
        }
    }

    /** A recognition system would still match the redacted face with its original. */
    public boolean matches() {
        return similarity >= threshold;
    }

    /** Neither recognised nor detected. */
    public boolean anonymous() {
        return !matches() && !detected;
    }
}
