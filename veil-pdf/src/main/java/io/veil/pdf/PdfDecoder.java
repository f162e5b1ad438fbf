package io.veil.pdf;

import io.veil.model.DecodedDocument;
import io.veil.model.Digests;
import io.veil.model.Page;
import io.veil.model.PageInfo;
import io.veil.model.SourceInfo;
import io.veil.spi.DocumentDecoder;
import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Ingests PDFs: every page gets its text layer in points (when it has a usable one) and a rendering — at a low
 * resolution for faces and codes on pages with text, at OCR resolution on scanned pages without. Pages are held in
 * memory together, so a document whose renderings exceed the pixel budget is refused (streaming is to come).
 * The names of the metadata blocks found (info, xmp, attachments, javascript) are reported, never their values.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentDecoder pdfs = new PdfDecoder(96, 200, 500_000_000L);
 * DecodedDocument doc = pdfs.decode(Path.of("invoice.pdf"));
 * }</pre>
 */
public final class PdfDecoder implements DocumentDecoder {
    public static final String MEDIA_TYPE = "application/pdf";

    private final float textPageDpi;
    private final float scanPageDpi;
    private final long maxDocumentPixels;

    public PdfDecoder(float textPageDpi, float scanPageDpi, long maxDocumentPixels) {
        if (textPageDpi < 36 || scanPageDpi < 72 || maxDocumentPixels < 1) {
            throw new IllegalArgumentException("bad PDF decoding limits: " + textPageDpi + " / " + scanPageDpi + " dpi, " + maxDocumentPixels + " px");
        }
        this.textPageDpi = textPageDpi;
        this.scanPageDpi = scanPageDpi;
        this.maxDocumentPixels = maxDocumentPixels;
    }

    @Override
    public boolean supports(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public DecodedDocument decode(Path file) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        try (PDDocument doc = PdfLoader.load(file)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Page> pages = new ArrayList<>();
            long pixels = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PdfPageText text = PdfTextExtractor.page(doc, i);
                float dpi = text.usableTextLayer() ? textPageDpi : scanPageDpi;
                PageInfo info = text.info();
                pixels += (long) Math.ceil(info.width() * dpi / 72.0) * (long) Math.ceil(info.height() * dpi / 72.0);
                if (pixels > maxDocumentPixels) {
                    throw new InputRejectedException(name + ": rendering page " + (i + 1) + " of " + doc.getNumberOfPages()
                            + " would pass the budget of " + maxDocumentPixels / 1_000_000 + " megapixels per document");
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                pages.add(new Page(i + 1, info, image, text.usableTextLayer() ? text.layout() : null));
            }
            SourceInfo source = new SourceInfo(name, Digests.sha256(file), Files.size(file), MEDIA_TYPE, pages.stream().map(Page::info).toList());
            return new DecodedDocument(source, pages, metadataNames(doc));
        } catch (IOException e) {
            throw new InputRejectedException(name + ": the PDF cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static List<String> metadataNames(PDDocument doc) {
        List<String> found = new ArrayList<>();
        var info = doc.getDocumentInformation();
        if (info != null && !info.getCOSObject().keySet().isEmpty()) {
            found.add("info");
        }
        if (doc.getDocumentCatalog().getMetadata() != null) {
            found.add("xmp");
        }
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            found.add("attachments");
        }
        if (names != null && names.getJavaScript() != null) {
            found.add("javascript");
        }
        return found;
    }
}
