package io.veil.spi;

import io.veil.model.TextLayout;
import java.awt.image.BufferedImage;

/**
 * Extract: reads the words of a page image, with boxes (pixels, origin top-left) and confidences, into a
 * {@link TextLayout}. Implementations are thread-safe (for example one native engine per thread).
 */
public interface OcrEngine extends AutoCloseable {
    TextLayout read(BufferedImage page);

    /** Engine and data version, for reports and the audit trail ({@code "tesseract-5.5.2 eng+deu"}). */
    String version();

    @Override
    default void close() {
    }
}
