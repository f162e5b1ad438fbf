package io.veil.imaging.encode;

import io.veil.imaging.ingest.ImageFormat;
import io.veil.imaging.ingest.Pixels;
import io.veil.spi.ImageEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes redacted pages re-encoded from their pixels alone, with no metadata at all: no EXIF, GPS, XMP, IPTC,
 * ICC profile, comments, text chunks or thumbnails, because nothing but pixels is handed to the writer. The
 * format follows the input where a writer exists: PNG→PNG, JPEG→JPEG (quality 0.92, plain JFIF), TIFF→TIFF
 * (every page, LZW), BMP→BMP; GIF and WebP (no writer) become PNG, or a multi-page TIFF when they had several
 * frames. The JDK's own writers are used, which add no software tag. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImageEncoder encoder = new MetadataFreeEncoder();
 * String type = MetadataFreeEncoder.outputMediaType("image/gif", 1);          // "image/png"
 * Path out = dir.resolve("photo." + MetadataFreeEncoder.extensionFor(type));
 * encoder.write(pages, "image/gif", out);                                     // returns "image/png"
 * }</pre>
 */
public final class MetadataFreeEncoder implements ImageEncoder {
    public static final float JPEG_QUALITY = 0.92f;

    @Override
    public String write(List<BufferedImage> pages, String inputMediaType, Path out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("nothing to write: no pages");
        }
        String mediaType = outputMediaType(inputMediaType, pages.size());
        ImageFormat format = ImageFormat.byMediaType(mediaType).orElseThrow();
        ImageWriter writer = writerFor(format);
        // A shorter file written over a longer one would keep the old tail: start from nothing.
        Files.deleteIfExists(out);
        try (ImageOutputStream stream = new FileImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            ImageWriteParam param = paramFor(writer, format);
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(Pixels.toBgr(pages.get(0)), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(Pixels.toBgr(page), null, null), param);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return mediaType;
    }

    /**
     * The media type written for an input of {@code inputMediaType} with {@code pages} pages: the same format
     * where it can be written and holds that many pages, PNG for one page otherwise, TIFF for several.
     */
    public static String outputMediaType(String inputMediaType, int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1: " + pages);
        }
        ImageFormat in = ImageFormat.byMediaType(inputMediaType == null ? "" : inputMediaType).orElse(ImageFormat.PNG);
        ImageFormat out = switch (in) {
            case PNG, JPEG, BMP -> pages == 1 ? in : ImageFormat.TIFF;
            case TIFF -> ImageFormat.TIFF;
            case GIF, WEBP -> pages == 1 ? ImageFormat.PNG : ImageFormat.TIFF;
        };
        return out.mediaType();
    }

    /** The usual file extension (no dot) for a media type this encoder writes: "png", "jpg", "tif", "bmp". */
    public static String extensionFor(String mediaType) {
        return switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/tiff" -> "tif";
            case "image/bmp" -> "bmp";
            default -> throw new IllegalArgumentException("not a media type this encoder writes: " + mediaType);
        };
    }

    private static ImageWriteParam paramFor(ImageWriter writer, ImageFormat format) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        } else if (format == ImageFormat.TIFF) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
        }
        return param;
    }

    /** The JDK's writer for a format, chosen by class rather than by plugin registration order. */
    static ImageWriter writerFor(ImageFormat format) {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format.name().toLowerCase(Locale.ROOT)); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                return w;
            }
            if (fallback == null) {
                fallback = w;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no ImageIO writer for " + format + " on the class path");
        }
        return fallback;
    }
}
