package io.veil.imaging.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Brings any decoded raster (palette, gray, 16-bit, alpha, CMYK already converted by the reader, ICC-tagged) to
 * the one pixel layout the pipeline uses: {@link BufferedImage#TYPE_3BYTE_BGR}, sRGB, no alpha. Transparent
 * pixels are flattened on white, as a viewer shows them. Stateless and thread-safe.
 *
 * <pre>{@code
 * BufferedImage page = Pixels.toBgr(reader.read(0));
 * }</pre>
 */
public final class Pixels {
    private Pixels() {
    }

    /** {@code img} itself when it is already 3-byte BGR, else a new converted copy. */
    public static BufferedImage toBgr(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
