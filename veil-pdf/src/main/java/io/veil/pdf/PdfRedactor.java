package io.veil.pdf;

import io.veil.model.Box;
import io.veil.spi.InputRejectedException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * True PDF redaction. Writes a new PDF in which, for every box (points, origin top-left of the displayed
 * page, as {@link PdfTextExtractor} reports them): the glyphs whose centre lies in the box are removed from
 * the content streams (page and form XObjects; simple and Type0/CID fonts; Tj, TJ, ' and ") while every other
 * glyph keeps its position; a black rectangle covers the box; image pixels under it are blacked out and the
 * image re-encoded; annotations touching it are removed (a form widget's field value with it). Document
 * Info, XMP, attachments, actions and encryption are dropped (see {@link PdfRedactionResult#metadataRemoved})
 * and the file is written whole, without incremental-update history. A page that cannot be rewritten safely
 * (Type3 or vertical fonts, inline or stencil images under a box, glyphs still found under a box after the
 * rewrite) is rasterised alone and reported as {@link PageOutcome#RASTERISED}.
 *
 * <p>Immutable and thread-safe: every call opens its own document. A form XObject or image drawn in several
 * places is changed in all of them (more is removed, never less).
 *
 * <pre>{@code
 * PdfRedactor redactor = new PdfRedactor();
 * PdfRedactionResult result = redactor.redact(in, Map.of(1, List.of(new Box(72, 80, 140, 14))), out);
 * }</pre>
 */
public final class PdfRedactor {

    /** Resolution of the rasterise fallback. */
    public static final float DEFAULT_RASTER_DPI = 200f;

    private final float rasterDpi;

    /** A redactor whose rasterise fallback renders at {@value #DEFAULT_RASTER_DPI} dpi. */
    public PdfRedactor() {
        this(DEFAULT_RASTER_DPI);
    }

    /** A redactor whose rasterise fallback renders at {@code rasterDpi} (36..600). */
    public PdfRedactor(float rasterDpi) {
        if (!(rasterDpi >= 36 && rasterDpi <= 600)) {
            throw new IllegalArgumentException("raster dpi must be within 36..600: " + rasterDpi);
        }
        this.rasterDpi = rasterDpi;
    }

    /**
     * Redacts {@code in} into {@code out} (which must be another file). {@code boxesByPage} maps page numbers
     * (from 1) to boxes; pages without an entry keep their content.
     */
    public PdfRedactionResult redact(Path in, Map<Integer, List<Box>> boxesByPage, Path out)
            throws InputRejectedException, IOException {
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new IllegalArgumentException("the redacted PDF must not overwrite its input");
        }
        try (PDDocument doc = PdfLoader.load(in)) {
            int pageCount = doc.getNumberOfPages();
            for (int page : boxesByPage.keySet()) {
                if (page < 1 || page > pageCount) {
                    throw new IllegalArgumentException("page " + page + " is not in a document of " + pageCount);
                }
            }
            List<PageResult> pages = new ArrayList<>(pageCount);
            for (int i = 0; i < pageCount; i++) {
                List<Box> boxes = boxesByPage.getOrDefault(i + 1, List.of());
                pages.add(boxes.isEmpty() ? new PageResult(i + 1, PageOutcome.UNCHANGED, null, 0, 0, 0)
                        : redactOrRasterise(doc, i, boxes));
            }
            List<String> removed = Metadata.strip(doc);
            save(doc, out);
            return new PdfRedactionResult(pages, removed);
        }
    }

    /** Writes beside {@code out} and moves into place, so a failure never leaves a half-written PDF. */
    private static void save(PDDocument doc, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".veil-", ".pdf.part");
        try {
            try (OutputStream os = Files.newOutputStream(part)) {
                doc.save(os);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private PageResult redactOrRasterise(PDDocument doc, int index, List<Box> boxes) throws IOException {
        try {
            return redactPage(doc, index, boxes);
        } catch (IOException | RuntimeException e) {
            // a content stream PDFBox cannot walk or write back is no reason to give up the page's redaction
            return rasterise(doc, index, boxes, "content could not be rewritten (" + e.getClass().getSimpleName()
                    + ")", 0);
        }
    }

    private PageResult redactPage(PDDocument doc, int index, List<Box> boxes) throws IOException {
        PDPage page = doc.getPage(index);
        PageFrame frame = PageFrame.of(page);
        GlyphCollector before = new GlyphCollector(page, boxes);
        before.collect();
        int annotations = removeAnnotations(page, boxes, frame);
        if (before.unsafeReason() != null) {
            return rasterise(doc, index, boxes, before.unsafeReason(), annotations);
        }
        int images = 0;
        for (GlyphCollector.ImageUse use : before.images()) {
            try {
                images += ImageRedaction.redact(doc, use, boxes, frame) ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                return rasterise(doc, index, boxes, "an image under a box could not be re-encoded", annotations);
            }
        }
        for (var stream : before.glyphs().entrySet()) {
            if (stream.getKey() == page.getCOSObject()) {
                writePage(doc, page, ContentRewriter.rewrite(new PDFStreamParser(page).parse(), stream.getValue()),
                        boxes, frame);
            } else {
                PDFormXObject form = before.forms().get(stream.getKey());
                List<Object> tokens = new PDFStreamParser(form).parse();
                List<Object> rewritten = ContentRewriter.rewrite(tokens, stream.getValue());
                if (rewritten != tokens) {
                    writeStream(form.getCOSObject(), rewritten);
                }
            }
        }
        if (!before.glyphs().containsKey(page.getCOSObject())) {
            writePage(doc, page, new PDFStreamParser(page).parse(), boxes, frame);
        }
        GlyphCollector after = new GlyphCollector(page, boxes);
        after.collect();
        if (after.glyphsInBoxes() > 0) {
            return rasterise(doc, index, boxes, "glyphs remained under a box after rewriting", annotations);
        }
        return new PageResult(index + 1, PageOutcome.REWRITTEN, null, before.glyphsInBoxes(), images, annotations);
    }

    private PageResult rasterise(PDDocument doc, int index, List<Box> boxes, String reason, int annotations)
            throws IOException {
        PageRasteriser.rasterise(doc, index, boxes, rasterDpi);
        return new PageResult(index + 1, PageOutcome.RASTERISED, reason, 0, 0, annotations);
    }

    /** The page's content in one new stream, wrapped in q/Q, followed by the black boxes. */
    private static void writePage(PDDocument doc, PDPage page, List<Object> tokens, List<Box> boxes, PageFrame frame)
            throws IOException {
        List<Object> all = new ArrayList<>(tokens.size() + 8 + 5 * boxes.size());
        all.add(Operator.getOperator("q"));
        all.addAll(tokens);
        all.add(Operator.getOperator("Q"));
        all.add(Operator.getOperator("q"));
        all.add(COSInteger.ZERO);
        all.add(Operator.getOperator("g"));
        for (Box b : boxes) {
            Rectangle2D r = frame.toUser(b);
            for (double v : new double[] {r.getX(), r.getY(), r.getWidth(), r.getHeight()}) {
                all.add(new COSFloat((float) v));
            }
            all.add(Operator.getOperator("re"));
        }
        all.add(Operator.getOperator("f"));
        all.add(Operator.getOperator("Q"));
        PDStream stream = new PDStream(doc);
        writeStream(stream.getCOSObject(), all);
        page.setContents(stream);
    }

    private static void writeStream(COSStream stream, List<Object> tokens) throws IOException {
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(tokens);
        }
    }

    private static void clearFieldValue(COSDictionary widget) {
        for (COSDictionary d = widget; d != null; d = d.getCOSDictionary(COSName.PARENT)) {
            d.removeItem(COSName.V);
            d.removeItem(COSName.DV);
            if (d.containsKey(COSName.FT)) {
                return;
            }
        }
    }

    private static int removeAnnotations(PDPage page, List<Box> boxes, PageFrame frame) throws IOException {
        List<PDAnnotation> kept = new ArrayList<>();
        int removed = 0;
        for (PDAnnotation a : page.getAnnotations()) {
            var rect = a.getRectangle();
            Rectangle2D shown = rect == null ? null : frame.toDisplay(new Rectangle2D.Double(rect.getLowerLeftX(),
                    rect.getLowerLeftY(), rect.getWidth(), rect.getHeight()));
            if (shown != null && boxes.stream().anyMatch(b -> shown.intersects(b.x(), b.y(), b.width(), b.height()))) {
                removed++;
                if (a instanceof PDAnnotationWidget) {
                    // the widget's form field keeps its value in /V, on the widget itself or on its parent field
                    clearFieldValue(a.getCOSObject());
                }
            } else {
                kept.add(a);
            }
        }
        if (removed > 0) {
            page.setAnnotations(kept);
        }
        return removed;
    }

}
