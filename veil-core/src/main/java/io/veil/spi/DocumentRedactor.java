package io.veil.spi;

import io.veil.model.DecodedDocument;
import io.veil.model.FaceStyle;
import io.veil.model.Finding;
import io.veil.model.PageRedaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Redact and write: produces the redacted version of one document in its own format family (images re-encoded
 * from redacted pixels, PDFs with the glyphs under a box removed), with no metadata. Boxes are in page units.
 * The pipeline verifies what this wrote by decoding and scanning it again. Thread-safe.
 */
public interface DocumentRedactor {
    /** True when this redactor writes documents of this media type. */
    boolean supports(String mediaType);

    /**
     * Writes the redacted {@code doc} (read from {@code input}) to {@code out}; returns the media type written.
     * {@code plan} holds the regions to destroy per page; {@code findings} the resolved findings (text formats
     * redact by span).
     */
    String redact(Path input, DecodedDocument doc, List<Finding> findings, List<PageRedaction> plan, FaceStyle faceStyle,
                  Path out) throws IOException;
}
