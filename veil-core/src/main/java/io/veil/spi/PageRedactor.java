package io.veil.spi;

import io.veil.model.Box;
import io.veil.model.FaceStyle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Redact: destroys regions of a page image and returns a new image (the input is not changed). {@code fills}
 * become solid black; {@code faces} (already padded) are destroyed in {@code style}, irreversibly. Thread-safe.
 */
public interface PageRedactor {
    BufferedImage redact(BufferedImage page, List<Box> fills, List<Box> faces, FaceStyle style);
}
