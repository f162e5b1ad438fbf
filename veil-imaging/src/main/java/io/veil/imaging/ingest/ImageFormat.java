package io.veil.imaging.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The raster formats Veil reads, recognised by their leading bytes (never by the file name, which lies as often
 * as it tells the truth). Immutable.
 *
 * <pre>{@code
 * byte[] head = Files.readAllBytes(file);
 * ImageFormat f = ImageFormat.sniff(head).orElseThrow();   // e.g. PNG
 * String type = f.mediaType();                            // "image/png"
 * }</pre>
 */
public enum ImageFormat {
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    TIFF("image/tiff", List.of("tif", "tiff")),
    BMP("image/bmp", List.of("bmp", "dib")),
    GIF("image/gif", List.of("gif")),
    WEBP("image/webp", List.of("webp"));

    /** The longest signature needs 12 bytes (RIFF....WEBP). */
    public static final int SNIFF_BYTES = 12;

    private final String mediaType;
    private final List<String> extensions;

    ImageFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Lower-case file name extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** A name for messages: "PNG", "JPEG". */
    public String label() {
        return name();
    }

    /** The format whose signature starts {@code head}, or empty when none does. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)
                || startsWith(head, 'I', 'I', 0x2B, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2B)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (head.length >= 12 && startsWith(head, 'R', 'I', 'F', 'F')
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        // "BM" alone is too weak (plain text can start with it): also require the reserved words to be zero.
        if (head.length >= 10 && startsWith(head, 'B', 'M') && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /** The format usually named by this file name's extension, or empty. Used only to word error messages. */
    public static Optional<ImageFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** The format written as this media type, or empty. */
    public static Optional<ImageFormat> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
