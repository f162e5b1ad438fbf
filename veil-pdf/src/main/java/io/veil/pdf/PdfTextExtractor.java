package io.veil.pdf;

import io.veil.model.PageInfo;
import io.veil.model.TextLayout;
import io.veil.spi.InputRejectedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads the text layer of a born-digital PDF: per page a {@link TextLayout} whose words carry boxes and
 * per-char glyph boxes in points, origin top-left of the displayed page (crop box and /Rotate applied),
 * words split on spaces and lines joined by {@code "\n"}. Invisible text (an OCR layer) is read too.
 * Stateless and thread-safe: every call opens its own document.
 *
 * <pre>{@code
 * PdfTextExtractor extractor = new PdfTextExtractor();
 * List<PdfPageText> pages = extractor.extract(Path.of("invoice.pdf"));
 * List<Box> boxes = pages.get(0).layout().boxesFor(new TextSpan(10, 30));
 * extractor.forEachPage(Path.of("long.pdf"), page -> recognize(page));   // one page in memory at a time
 * }</pre>
 */
public final class PdfTextExtractor {

    /** Fewer chars than this on a page is no text layer to rely on (a page number over a scan). */
    private static final int MIN_CHARS = 10;
    /** More unmapped chars than this share means the fonts carry no usable Unicode mapping. */
    private static final double MAX_UNMAPPED = 0.1;

    /** Receives pages one at a time, so a long document need not be held in memory whole. */
    @FunctionalInterface
    public interface PageSink {
        void accept(PdfPageText page) throws IOException;
    }

    /** Extracts every page; a file that is not a readable PDF is rejected. */
    public List<PdfPageText> extract(Path pdf) throws InputRejectedException {
        List<PdfPageText> pages = new ArrayList<>();
        forEachPage(pdf, pages::add);
        return pages;
    }

    /**
     * Extracts the pages in order and hands each to {@code sink} before reading the next; memory stays bounded
     * by one page plus PDFBox's caches (streams are cached in temp files).
     */
    public void forEachPage(Path pdf, PageSink sink) throws InputRejectedException {
        try (PDDocument doc = PdfLoader.load(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                sink.accept(page(doc, i));
            }
        } catch (IOException e) {
            throw new InputRejectedException(pdf.getFileName() + ": text layer cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    static PdfPageText page(PDDocument doc, int index) throws IOException {
        PDPage page = doc.getPage(index);
        PageFrame frame = PageFrame.of(page);
        LayoutStripper stripper = new LayoutStripper(frame, index + 1);
        TextLayout layout = stripper.run(doc);
        PageInfo info = new PageInfo(index + 1, Math.max(1, Math.round(frame.displayWidth())),
                Math.max(1, Math.round(frame.displayHeight())), "pt");
        boolean usable = stripper.chars() >= MIN_CHARS
                && stripper.unmappedChars() <= MAX_UNMAPPED * stripper.chars();
        return new PdfPageText(info, layout, usable);
    }
}
