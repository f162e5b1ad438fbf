package io.veil.imaging.ingest;

/**
 * How much an input may cost before any pixel is decoded: pixels per page, pixels over all pages (every page is
 * held in memory as 3 bytes per pixel), pages, the longest side, and the file size. Checked against the
 * dimensions that the format header declares, so a decompression bomb is refused before it inflates.
 * Immutable.
 *
 * <pre>{@code
 * DecodeLimits limits = DecodeLimits.defaults().withMaxPixelsPerPage(50_000_000L);
 * ImageDecoder decoder = new ImageDecoder(limits);
 * }</pre>
 *
 * @param maxPixelsPerPage width × height of one page
 * @param maxPixelsPerDocument the sum of width × height over all pages
 * @param maxPages pages (TIFF directories, GIF frames)
 * @param maxSide the longest side of a page in pixels
 * @param maxFileBytes the input file's size
 */
public record DecodeLimits(long maxPixelsPerPage, long maxPixelsPerDocument, int maxPages, int maxSide, long maxFileBytes) {

    public static final long DEFAULT_MAX_PIXELS_PER_PAGE = 100_000_000L;
    public static final long DEFAULT_MAX_PIXELS_PER_DOCUMENT = 500_000_000L;
    public static final int DEFAULT_MAX_PAGES = 1_000;
    public static final int DEFAULT_MAX_SIDE = 100_000;
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    public DecodeLimits {
        if (maxPixelsPerPage < 1 || maxPixelsPerDocument < maxPixelsPerPage || maxPages < 1 || maxSide < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("decode limits must be positive and the document budget at least one page's: "
                    + maxPixelsPerPage + "/" + maxPixelsPerDocument + "/" + maxPages + "/" + maxSide + "/" + maxFileBytes);
        }
    }

    /** 100 megapixels a page, 500 megapixels a document, 1,000 pages, 100,000 px a side, 512 MiB a file. */
    public static DecodeLimits defaults() {
        return new DecodeLimits(DEFAULT_MAX_PIXELS_PER_PAGE, DEFAULT_MAX_PIXELS_PER_DOCUMENT, DEFAULT_MAX_PAGES,
                DEFAULT_MAX_SIDE, DEFAULT_MAX_FILE_BYTES);
    }

    /** A copy with another page budget; the document budget grows to at least five pages' worth. */
    public DecodeLimits withMaxPixelsPerPage(long pixels) {
        return new DecodeLimits(pixels, Math.max(maxPixelsPerDocument, saturatedTimes(pixels, 5)), maxPages, maxSide, maxFileBytes);
    }

    public DecodeLimits withMaxPages(int pages) {
        return new DecodeLimits(maxPixelsPerPage, maxPixelsPerDocument, pages, maxSide, maxFileBytes);
    }

    public DecodeLimits withMaxPixelsPerDocument(long pixels) {
        return new DecodeLimits(maxPixelsPerPage, pixels, maxPages, maxSide, maxFileBytes);
    }

    /** "100 megapixels", "10 gigapixels", "2,500 px": budgets and sizes in words a user reads at a glance. */
    static String describePixels(long pixels) {
        if (pixels >= 1_000_000_000L) {
            return trim(pixels / 1e9) + " gigapixels";
        }
        if (pixels >= 1_000_000L) {
            return trim(pixels / 1e6) + " megapixels";
        }
        return String.format(java.util.Locale.ROOT, "%,d px", pixels);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static long saturatedTimes(long a, int b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
