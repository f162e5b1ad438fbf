package io.veil.pdf;

import io.veil.model.Box;
import io.veil.model.DecodedDocument;
import io.veil.model.FaceStyle;
import io.veil.model.Finding;
import io.veil.model.PageRedaction;
import io.veil.spi.DocumentRedactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Redacts PDFs with {@link PdfRedactor}: the glyphs, image pixels and annotations under every box are removed
 * and the file is rewritten without metadata or history. Faces in a PDF are filled (image pixels are blacked,
 * whatever the face style). Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentRedactor pdfs = new PdfDocumentRedactor(new PdfRedactor());
 * }</pre>
 */
public final class PdfDocumentRedactor implements DocumentRedactor {
    private final PdfRedactor redactor;

    public PdfDocumentRedactor(PdfRedactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public boolean supports(String mediaType) {
        return PdfDecoder.MEDIA_TYPE.equals(mediaType);
    }

    @Override
    public String redact(Path input, DecodedDocument doc, List<Finding> findings, List<PageRedaction> plan, FaceStyle faceStyle,
                         Path out) throws IOException {
        Map<Integer, List<Box>> boxes = new TreeMap<>();
        for (PageRedaction p : plan) {
            List<Box> all = new ArrayList<>(p.fills());
            all.addAll(p.faces());
            boxes.put(p.page(), all);
        }
        try {
            redactor.redact(input, boxes, out);
        } catch (io.veil.spi.InputRejectedException e) {
            // It was read once already; failing now means it changed or broke underneath us.
            throw new IOException(e.getMessage(), e);
        }
        return PdfDecoder.MEDIA_TYPE;
    }
}
