package io.veil.spi;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Outputs: writes pages to a file in the same format family as the input media type (multi-page TIFF stays
 * multi-page), re-encoded from the pixels with no metadata at all (no EXIF, XMP, ICC comments, thumbnails).
 * Returns the media type written. Thread-safe.
 */
public interface ImageEncoder {
    String write(List<BufferedImage> pages, String inputMediaType, Path out) throws IOException;
}
