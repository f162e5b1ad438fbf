/**
 * PDF text layer and true PDF redaction, on Apache PDFBox.
 *
 * <p>{@link io.veil.pdf.PdfTextExtractor} turns each page into a {@link io.veil.model.TextLayout} in points,
 * origin top-left of the displayed page; {@link io.veil.pdf.PdfRedactor} takes boxes in the same frame and
 * removes what lies under them: glyphs from the content streams (the rest of each line keeps its position),
 * image pixels, annotations, plus document metadata, attachments and actions. Pages that cannot be rewritten
 * safely are rasterised one by one and reported. Nothing in this package logs text or values.
 */
package io.veil.pdf;
