package io.veil.pdf;

import io.veil.model.PageInfo;
import io.veil.model.TextLayout;
import java.util.Objects;

/**
 * The text layer of one PDF page: its size in points ({@code units = "pt"}, as displayed: crop box and
 * rotation applied), its words with boxes in points from the top-left corner, and whether that text layer is
 * usable. A page without a usable layer (a scan, or text whose fonts map to no Unicode) should go to OCR.
 * Immutable.
 *
 * <pre>{@code
 * for (PdfPageText page : new PdfTextExtractor().extract(path)) {
 *     if (!page.usableTextLayer()) { ocr(page.info()); }
 * }
 * }</pre>
 */
public record PdfPageText(PageInfo info, TextLayout layout, boolean usableTextLayer) {
    public PdfPageText {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(layout, "layout");
        if (!"pt".equals(info.units())) {
            throw new IllegalArgumentException("PDF pages are measured in pt, not " + info.units());
        }
    }
}
