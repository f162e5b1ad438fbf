package io.veil.pdf;

/**
 * What redaction did to one page. {@code REWRITTEN} pages keep their text, fonts and vector art except for
 * what lay under a box; {@code RASTERISED} pages became one image (searchability lost on that page only).
 */
public enum PageOutcome {
    /** No box on this page: the page is written as it was (metadata aside). */
    UNCHANGED,
    /** Glyphs, image pixels and annotations under the boxes removed; the rest kept in place. */
    REWRITTEN,
    /** The page could not be rewritten safely and was replaced by a redacted rendering of itself. */
    RASTERISED
}
