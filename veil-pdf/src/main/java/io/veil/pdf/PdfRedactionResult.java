package io.veil.pdf;

import java.util.List;

/**
 * What {@link PdfRedactor} did: one {@link PageResult} per page in page order, and the names of the
 * document-level metadata blocks it removed ({@code "info"}, {@code "xmp"}, {@code "attachments"}, {@code "actions"},
 * {@code "encryption"}). Immutable.
 *
 * <pre>{@code
 * PdfRedactionResult r = redactor.redact(in, boxes, out);
 * long rasterised = r.pages().stream().filter(p -> p.outcome() == PageOutcome.RASTERISED).count();
 * }</pre>
 */
public record PdfRedactionResult(List<PageResult> pages, List<String> metadataRemoved) {
    public PdfRedactionResult {
        pages = List.copyOf(pages);
        metadataRemoved = List.copyOf(metadataRemoved);
    }

    /** True when at least one page had to be rasterised. */
    public boolean anyRasterised() {
        return pages.stream().anyMatch(p -> p.outcome() == PageOutcome.RASTERISED);
    }
}
