package io.veil.spi;

import io.veil.model.Box;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Extract: finds faces in an image. Boxes are the tight face boxes as the model gives them (padding for
 * hair, ears and chin is the redaction planner's job). Thread-safe.
 */
public interface FaceDetector extends AutoCloseable {

    /** One detected face: its box in image pixels, the detector's score in [0,1], and the detector id. */
    record Face(Box box, double score, String detector) {
    }

    List<Face> detect(BufferedImage image);

    String version();

    @Override
    default void close() {
    }
}
