package io.veil.imaging.ingest;

import io.veil.model.DecodedDocument;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Ingest for raster images: PNG, JPEG, TIFF (every page), BMP, GIF (every frame, composed as shown) and WebP,
 * recognised by their leading bytes. Hostile input is refused before pixels are inflated (the declared size of
 * every page is checked against {@link DecodeLimits}); truncated or corrupt data fails with an
 * {@link InputRejectedException} that names the damage, the page and the file. Pages come out upright (EXIF
 * orientation applied) as {@link BufferedImage#TYPE_3BYTE_BGR}, alpha flattened on white. The metadata blocks
 * found are listed by name. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImageDecoder decoder = new ImageDecoder(50_000_000L);        // 50 megapixels a page
 * if (decoder.supports(path)) {
 *     DecodedDocument doc = decoder.decode(path);             // InputRejectedException on bad input
 *     doc.metadataFound();                                    // e.g. [exif, gps, xmp]
 * }
 * }</pre>
 */
public final class ImageDecoder implements DocumentDecoder {
    private final DecodeLimits limits;

    /** Default limits: see {@link DecodeLimits#defaults()}. */
    public ImageDecoder() {
        this(DecodeLimits.defaults());
    }

    /** Default limits with a page budget of {@code maxPixels} (width × height). */
    public ImageDecoder(long maxPixels) {
        this(DecodeLimits.defaults().withMaxPixelsPerPage(maxPixels));
    }

    public ImageDecoder(DecodeLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public DecodeLimits limits() {
        return limits;
    }

    /**
     * True when the file starts like a supported image, or (so that it is rejected with a clear message rather
     * than skipped) when it is too short to tell or unreadable but is named like one.
     */
    @Override
    public boolean supports(Path file) {
        byte[] head = new byte[ImageFormat.SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return namedLikeImage(file);
        }
        return ImageFormat.sniff(java.util.Arrays.copyOf(head, n)).isPresent() || namedLikeImage(file);
    }

    @Override
    public DecodedDocument decode(Path file) throws InputRejectedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBounded(file, name);
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> unknownFormat(name, bytes.length));
        MetadataInventory metadata = MetadataInventory.read(bytes, format);
        List<BufferedImage> rasters = new RasterPages(bytes, format, name, limits).read(metadata.orientation());
        List<Page> pages = new ArrayList<>(rasters.size());
        List<PageInfo> infos = new ArrayList<>(rasters.size());
        for (int i = 0; i < rasters.size(); i++) {
            Page page = Page.ofImage(i + 1, rasters.get(i));
            pages.add(page);
            infos.add(page.info());
        }
        SourceInfo source = new SourceInfo(name, sha256(bytes), bytes.length, format.mediaType(), infos);
        return new DecodedDocument(source, pages, metadata.blocks());
    }

    private byte[] readBounded(Path file, String name) throws InputRejectedException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputRejectedException(name + " is empty");
            }
            if (size > limits.maxFileBytes()) {
                throw new InputRejectedException(name + " is " + size + " bytes, over the file size limit of "
                        + limits.maxFileBytes() + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException("cannot read " + name + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static InputRejectedException unknownFormat(String name, int size) {
        Optional<ImageFormat> claimed = ImageFormat.byFileName(name);
        String what = size < ImageFormat.SNIFF_BYTES ? "is too short (" + size + " bytes) to be an image"
                : "does not start like any supported image (PNG, JPEG, TIFF, BMP, GIF, WebP)";
        return new InputRejectedException(claimed.map(f -> name + " is named like a " + f.label() + " file but " + what)
                .orElse(name + " " + what));
    }

    private static boolean namedLikeImage(Path file) {
        Path name = file.getFileName();
        return name != null && ImageFormat.byFileName(name.toString()).isPresent();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
