package io.veil.imaging.ingest;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifImageDirectory;
import com.drew.metadata.exif.ExifInteropDirectory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifCommentDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jfxx.JfxxDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What metadata blocks a file carries, by name only ({@code "exif"}, {@code "gps"}, {@code "xmp"}, {@code "iptc"},
 * {@code "icc_profile"}, {@code "comment"}, {@code "text"}, {@code "thumbnail"}, {@code "photoshop"},
 * {@code "makernote"}), and the EXIF orientation of the first image. Values are never kept: the names go into
 * the report to say what the re-encoded output dropped. Read with metadata-extractor; a file whose metadata
 * cannot be parsed has an empty inventory (its pixels are still decoded, and the output carries no metadata
 * either way). Immutable.
 *
 * <pre>{@code
 * MetadataInventory inv = MetadataInventory.read(bytes, ImageFormat.JPEG);
 * inv.blocks();       // [exif, gps, xmp]
 * inv.orientation();  // ROTATE_90_CW
 * }</pre>
 */
public record MetadataInventory(List<String> blocks, Orientation orientation) {

    /** Descriptive IFD0 tags: in a TIFF, IFD0 always exists (it describes the raster), so only these count. */
    private static final int[] DESCRIPTIVE_TIFF_TAGS = {
        0x010D, 0x010E, 0x010F, 0x0110, 0x011D, 0x0131, 0x0132, 0x013B, 0x013C, 0x8298,
        0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F,
    };

    public MetadataInventory {
        blocks = List.copyOf(blocks);
    }

    public static MetadataInventory empty() {
        return new MetadataInventory(List.of(), Orientation.NORMAL);
    }

    /** Reads the inventory of an image held in memory; never throws on malformed metadata. */
    public static MetadataInventory read(byte[] bytes, ImageFormat format) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception | StackOverflowError e) {
            // Malformed metadata must not stop the pixels from being read and re-encoded without it.
            return empty();
        }
        Set<String> names = new TreeSet<>();
        Orientation orientation = null;
        for (Directory d : metadata.getDirectories()) {
            String name = blockName(d, format);
            if (name != null) {
                names.add(name);
            }
            if (orientation == null && d instanceof ExifIFD0Directory ifd0 && ifd0.containsTag(ExifDirectoryBase.TAG_ORIENTATION)) {
                Integer v = ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
                orientation = v == null ? Orientation.NORMAL : Orientation.ofExif(v);
            }
        }
        return new MetadataInventory(List.copyOf(names), orientation == null ? Orientation.NORMAL : orientation);
    }

    private static String blockName(Directory d, ImageFormat format) {
        if (d instanceof GpsDirectory) {
            return "gps";
        }
        if (format == ImageFormat.TIFF && (d instanceof ExifIFD0Directory || d instanceof ExifThumbnailDirectory
                || d instanceof ExifImageDirectory)) {
            // A TIFF's own image directories (page 1, 2, ...) are read as EXIF ones: only descriptive tags count.
            return hasDescriptiveTag(d) ? "exif" : null;
        }
        if (d instanceof ExifThumbnailDirectory t) {
            return t.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET) ? "thumbnail" : "exif";
        }
        if (d instanceof JfxxDirectory) {
            return "thumbnail";
        }
        if (d instanceof ExifIFD0Directory || d instanceof ExifImageDirectory) {
            return "exif";
        }
        if (d instanceof ExifSubIFDDirectory || d instanceof ExifInteropDirectory) {
            return "exif";
        }
        if (d instanceof XmpDirectory) {
            return "xmp";
        }
        if (d instanceof IptcDirectory) {
            return "iptc";
        }
        if (d instanceof IccDirectory) {
            return "icc_profile";
        }
        if (d instanceof JpegCommentDirectory || d instanceof GifCommentDirectory) {
            return "comment";
        }
        if (d instanceof PhotoshopDirectory) {
            return "photoshop";
        }
        if (d instanceof PngDirectory png) {
            return pngChunkName(png.getPngChunkType().getIdentifier());
        }
        String pkg = d.getClass().getPackageName();
        if (pkg.endsWith(".makernotes")) {
            return "makernote";
        }
        return null;
    }

    private static String pngChunkName(String chunk) {
        return switch (chunk) {
            case "tEXt", "zTXt", "iTXt" -> "text";
            case "tIME" -> "timestamp";
            case "iCCP" -> "icc_profile";
            case "eXIf" -> "exif";
            default -> null;
        };
    }

    private static boolean hasDescriptiveTag(Directory d) {
        for (int tag : DESCRIPTIVE_TIFF_TAGS) {
            if (d.containsTag(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A label for messages and tests, e.g. {@code "exif, gps"}. */
    @Override
    public String toString() {
        return String.join(", ", blocks).toLowerCase(Locale.ROOT) + " (orientation " + orientation.exifValue() + ")";
    }
}
