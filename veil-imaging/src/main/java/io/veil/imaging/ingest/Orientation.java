package io.veil.imaging.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The eight EXIF orientations (TIFF tag 274): how the stored pixels must be turned to stand upright. Applied by
 * ingest before anything else so every later stage, and every box in a report, sees the page as a person does.
 * Immutable.
 *
 * <pre>{@code
 * Orientation o = Orientation.ofExif(6);          // stored on its side: turn 90° clockwise
 * BufferedImage upright = o.apply(bgrImage);      // width and height swapped
 * }</pre>
 */
public enum Orientation {
    NORMAL(1), MIRROR_HORIZONTAL(2), ROTATE_180(3), MIRROR_VERTICAL(4),
    TRANSPOSE(5), ROTATE_90_CW(6), TRANSVERSE(7), ROTATE_270_CW(8);

    private final int exifValue;

    Orientation(int exifValue) {
        this.exifValue = exifValue;
    }

    public int exifValue() {
        return exifValue;
    }

    /** The orientation for an EXIF value; values outside 1..8 (seen in broken files) mean "as stored". */
    public static Orientation ofExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** True when applying this orientation swaps width and height. */
    public boolean swapsSides() {
        return exifValue >= 5;
    }

    /**
     * A new upright image of type {@link BufferedImage#TYPE_3BYTE_BGR}; {@code src} must be of that type and is
     * not changed. {@link #NORMAL} returns {@code src} itself.
     */
    public BufferedImage apply(BufferedImage src) {
        if (this == NORMAL) {
            return src;
        }
        if (src.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("orientation works on TYPE_3BYTE_BGR pages, got type " + src.getType());
        }
        int w = src.getWidth(), h = src.getHeight();
        int outW = swapsSides() ? h : w, outH = swapsSides() ? w : h;
        BufferedImage dst = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        byte[] in = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        byte[] out = ((DataBufferByte) dst.getRaster().getDataBuffer()).getData();
        int o = 0;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++, o += 3) {
                int i = 3 * sourceIndex(x, y, w, h);
                out[o] = in[i];
                out[o + 1] = in[i + 1];
                out[o + 2] = in[i + 2];
            }
        }
        return dst;
    }

    /** The stored pixel shown at upright position (x, y), for a stored image of w × h. */
    private int sourceIndex(int x, int y, int w, int h) {
        return switch (this) {
            case NORMAL -> y * w + x;
            case MIRROR_HORIZONTAL -> y * w + (w - 1 - x);
            case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
            case MIRROR_VERTICAL -> (h - 1 - y) * w + x;
            case TRANSPOSE -> x * w + y;
            case ROTATE_90_CW -> (h - 1 - x) * w + y;
            case TRANSVERSE -> (h - 1 - x) * w + (w - 1 - y);
            case ROTATE_270_CW -> x * w + (w - 1 - y);
        };
    }
}
