package io.veil.imaging.ingest;

import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads every page of one image file held in memory, in two passes: first the declared size of every page is
 * checked against the {@link DecodeLimits} (nothing is inflated yet), then the pages are decoded, converted to
 * 3-byte BGR and turned upright. Any reader warning fails the page: a truncated JPEG otherwise comes back as a
 * silently grey image. Not thread-safe: one instance per decode.
 */
final class RasterPages {
    private final byte[] bytes;
    private final ImageFormat format;
    private final String fileName;
    private final DecodeLimits limits;

    RasterPages(byte[] bytes, ImageFormat format, String fileName, DecodeLimits limits) {
        this.bytes = bytes;
        this.format = format;
        this.fileName = fileName;
        this.limits = limits;
    }

    /** Decodes all pages; {@code firstPageOrientation} is applied to page 1 (EXIF describes the primary image). */
    List<BufferedImage> read(Orientation firstPageOrientation) throws InputRejectedException {
        if (format == ImageFormat.JPEG && JpegStructure.isTruncated(bytes)) {
            throw reject("truncated JPEG data in page 1 of " + fileName + ": the image ends before its end-of-image marker");
        }
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, message) -> {
            if (!isBenign(message)) {
                warnings.add(message);
            }
        });
        try (ImageInputStream probe = stream(); ImageInputStream in = stream()) {
            reader.setInput(probe, false, format != ImageFormat.GIF);
            int[] canvas = format == ImageFormat.GIF ? GifCanvas.logicalScreen(reader.getStreamMetadata()) : null;
            int pages = checkDeclaredSizes(reader, canvas);
            // Probing past the last page can leave a reader's stream at its end: decode from a fresh one.
            reader.setInput(in, false, format != ImageFormat.GIF);
            List<BufferedImage> out = new ArrayList<>(pages);
            GifCanvas gif = canvas == null ? null : new GifCanvas(canvas[0], canvas[1]);
            for (int i = 0; i < pages; i++) {
                BufferedImage raw = decodePage(reader, i);
                if (!warnings.isEmpty()) {
                    throw reject(damage(null, warnings.get(0)) + " in page " + (i + 1) + " of " + fileName
                            + " (the decoder reported: " + clip(warnings.get(0)) + ")");
                }
                BufferedImage page = gif != null ? gif.draw(raw, GifCanvas.Frame.of(reader.getImageMetadata(i))) : Pixels.toBgr(raw);
                out.add(i == 0 ? firstPageOrientation.apply(page) : page);
            }
            return out;
        } catch (IOException e) {
            throw reject(damage(e, e.getMessage()) + " in " + fileName + " (" + clip(String.valueOf(e.getMessage())) + ")", e);
        } catch (OutOfMemoryError e) {
            // Within the budget but still too big for this JVM's heap: refuse this file, keep the batch going.
            throw reject("not enough memory to hold the pages of " + fileName + "; lower the pixel budget or give the JVM more heap");
        } finally {
            reader.dispose();
        }
    }

    private ImageInputStream stream() {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    /** Pass one: the declared size of every page, against the limits. Returns the page count. */
    private int checkDeclaredSizes(ImageReader reader, int[] canvas) throws InputRejectedException {
        long total = 0;
        int pages = 0;
        int most = format == ImageFormat.TIFF || format == ImageFormat.GIF || format == ImageFormat.WEBP ? Integer.MAX_VALUE : 1;
        while (pages < most) {
            int w, h;
            try {
                w = reader.getWidth(pages);
                h = reader.getHeight(pages);
            } catch (IndexOutOfBoundsException e) {
                break;
            } catch (IOException | RuntimeException e) {
                // Dropping the pages after a damaged one would silently lose them: refuse the file instead.
                throw reject(damage(e, e.getMessage()) + " in the header of page " + (pages + 1) + " of " + fileName
                        + " (" + clip(String.valueOf(e.getMessage())) + ")", e);
            }
            if (canvas != null) {
                w = Math.max(w, canvas[0]);
                h = Math.max(h, canvas[1]);
                canvas[0] = w;
                canvas[1] = h;
            }
            pages++;
            if (pages > limits.maxPages()) {
                throw reject(fileName + " has more than " + limits.maxPages() + " pages, over the page limit");
            }
            checkPage(pages, w, h);
            total += (long) w * h;
            if (total > limits.maxPixelsPerDocument()) {
                throw reject(fileName + " holds " + DecodeLimits.describePixels(total) + " in its first " + pages
                        + " pages, over the document budget of " + DecodeLimits.describePixels(limits.maxPixelsPerDocument()));
            }
        }
        if (pages == 0) {
            throw reject(fileName + " is a " + format.label() + " file with no image in it");
        }
        return pages;
    }

    private void checkPage(int page, int w, int h) throws InputRejectedException {
        String where = pageLabel(page);
        if (w <= 0 || h <= 0) {
            throw reject(format.label() + " declares an empty " + w + "x" + h + " px image" + where);
        }
        long pixels = (long) w * h;
        if (pixels > limits.maxPixelsPerPage()) {
            throw reject(format.label() + " declares " + w + "x" + h + " px (" + DecodeLimits.describePixels(pixels) + ")" + where
                    + ", over the budget of " + DecodeLimits.describePixels(limits.maxPixelsPerPage()));
        }
        if (Math.max(w, h) > limits.maxSide()) {
            throw reject(format.label() + " declares " + w + "x" + h + " px" + where + ", a side longer than the limit of "
                    + String.format(Locale.ROOT, "%,d", limits.maxSide()) + " px");
        }
    }

    private String pageLabel(int page) {
        return (page == 1 ? " in " : " in page " + page + " of ") + fileName;
    }

    private BufferedImage decodePage(ImageReader reader, int index) throws InputRejectedException {
        try {
            return reader.read(index, reader.getDefaultReadParam());
        } catch (IOException | RuntimeException e) {
            throw reject(damage(e, e.getMessage()) + " in page " + (index + 1) + " of " + fileName
                    + " (" + clip(String.valueOf(e.getMessage())) + ")", e);
        } catch (OutOfMemoryError e) {
            // Within the budget but still too big for this JVM's heap: refuse this file, keep the batch going.
            throw reject("not enough memory to decode page " + (index + 1) + " of " + fileName
                    + "; lower the pixel budget or give the JVM more heap");
        }
    }

    /** "truncated JPEG data" when the failure says the data ended early, else "corrupt JPEG data". */
    private String damage(Throwable error, String message) {
        boolean truncated = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            truncated |= t instanceof EOFException || mentionsEnd(t.getMessage());
        }
        truncated |= mentionsEnd(message) || endMarkerMissing();
        return (truncated ? "truncated " : "corrupt ") + format.label() + " data";
    }

    /** The format's closing bytes are absent: a PNG's IEND chunk, a GIF's trailer, a JPEG's EOI. */
    private boolean endMarkerMissing() {
        int n = bytes.length;
        return switch (format) {
            case PNG -> n < 12 || !(bytes[n - 8] == 'I' && bytes[n - 7] == 'E' && bytes[n - 6] == 'N' && bytes[n - 5] == 'D');
            case GIF -> bytes[n - 1] != 0x3B;
            case JPEG -> JpegStructure.isTruncated(bytes);
            case TIFF, BMP, WEBP -> false;
        };
    }

    private static boolean mentionsEnd(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("end of") || m.contains("truncat") || m.contains("eof") || m.contains("premature");
    }

    /**
     * Stray bytes between JPEG segments are common in camera files and cost no pixel; every other warning
     * (premature end, bad Huffman code, ...) means part of the page is invented by the decoder.
     */
    private static boolean isBenign(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        // TwelveMonkeys also warns when a TIFF's last strip is shorter than a full one, as it validly is.
        return m.contains("extraneous bytes") || m.contains("strip/tilebytecount < required");
    }

    /** Decoder messages are technical text, never pixel content, but keep them short. */
    private static String clip(String message) {
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    private static InputRejectedException reject(String message) {
        return new InputRejectedException(message);
    }

    private static InputRejectedException reject(String message, Throwable cause) {
        return new InputRejectedException(message, cause);
    }

    /**
     * The reader for a format, preferring TwelveMonkeys where it reads more (CMYK JPEG, every TIFF flavour,
     * WebP) and the JDK's own elsewhere; never whichever plugin happens to be registered first.
     */
    static ImageReader readerFor(ImageFormat format) {
        String preferred = switch (format) {
            case PNG, GIF -> "com.sun.imageio.";
            case JPEG, TIFF, BMP, WEBP -> "com.twelvemonkeys.";
        };
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT)); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith(preferred)) {
                return r;
            }
            if (fallback == null) {
                fallback = r;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no ImageIO reader for " + format + " on the class path");
        }
        return fallback;
    }
}
