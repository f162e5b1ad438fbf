package io.veil.imaging;

import io.veil.model.DecodedDocument;
import io.veil.model.FaceStyle;
import io.veil.model.Finding;
import io.veil.model.Page;
import io.veil.model.PageRedaction;
import io.veil.spi.DocumentRedactor;
import io.veil.spi.ImageEncoder;
import io.veil.spi.PageRedactor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Redacts image documents: each page's pixels go through a {@link PageRedactor} and the pages are re-encoded by
 * an {@link ImageEncoder} with no metadata. Immutable and thread-safe when its parts are.
 *
 * <pre>{@code
 * DocumentRedactor images = new ImageDocumentRedactor(new DefaultPageRedactor(), new MetadataFreeEncoder());
 * String written = images.redact(input, doc, result.findings(), plan, FaceStyle.BLUR, out);
 * }</pre>
 */
public final class ImageDocumentRedactor implements DocumentRedactor {
    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif", "image/webp");

    private final PageRedactor pages;
    private final ImageEncoder encoder;

    public ImageDocumentRedactor(PageRedactor pages, ImageEncoder encoder) {
        this.pages = pages;
        this.encoder = encoder;
    }

    @Override
    public boolean supports(String mediaType) {
        return MEDIA_TYPES.contains(mediaType);
    }

    @Override
    public String redact(Path input, DecodedDocument doc, List<Finding> findings, List<PageRedaction> plan, FaceStyle faceStyle,
                         Path out) throws IOException {
        Map<Integer, PageRedaction> byPage = plan.stream().collect(Collectors.toMap(PageRedaction::page, Function.identity()));
        List<BufferedImage> redacted = new ArrayList<>();
        for (Page page : doc.pages()) {
            PageRedaction r = byPage.getOrDefault(page.number(), new PageRedaction(page.number(), List.of(), List.of()));
            redacted.add(pages.redact(page.image(), r.fills().stream().map(page::toPixels).toList(),
                    r.faces().stream().map(page::toPixels).toList(), faceStyle));
        }
        return encoder.write(redacted, doc.source().mediaType(), out);
    }
}
