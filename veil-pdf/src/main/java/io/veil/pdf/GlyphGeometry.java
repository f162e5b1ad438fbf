package io.veil.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;

/**
 * The box of one shown glyph, from its text rendering matrix, its advance and its font's ascent and descent.
 * The extractor and the redactor both use it, so a box taken from a layout selects exactly the glyphs whose
 * geometry produced it. Stateless.
 */
final class GlyphGeometry {

    private static final float DEFAULT_ASCENT = 0.8f, DEFAULT_DESCENT = -0.2f;

    private GlyphGeometry() {
    }

    /**
     * The glyph's rectangle in user space. {@code trm} maps text space (one unit = one em) to user space;
     * {@code advance} is the glyph's horizontal displacement in ems.
     */
    static Rectangle2D userBox(Matrix trm, PDFont font, float advance) {
        float[] vertical = verticalExtent(font);
        double w = Math.max(advance, 0.05);
        double[][] corners = {{0, vertical[1]}, {w, vertical[1]}, {0, vertical[0]}, {w, vertical[0]}};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            Point2D.Float p = trm.transformPoint((float) c[0], (float) c[1]);
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /** {descent, ascent} in ems, clamped to sane values because many fonts carry wrong descriptors. */
    private static float[] verticalExtent(PDFont font) {
        if (font == null || font instanceof PDType3Font) {
            return new float[] {DEFAULT_DESCENT, DEFAULT_ASCENT};
        }
        float ascent = 0, descent = 0;
        PDFontDescriptor fd = font.getFontDescriptor();
        if (fd != null) {
            ascent = fd.getAscent() / 1000f;
            descent = fd.getDescent() / 1000f;
        }
        if (ascent <= 0.3f || ascent > 1.5f) {
            ascent = DEFAULT_ASCENT;
            try {
                BoundingBox bb = font.getBoundingBox();
                if (bb != null && bb.getUpperRightY() > 300) {
                    ascent = Math.min(bb.getUpperRightY() / 1000f, 1.1f);
                }
            } catch (IOException e) {
                // keep the default: a broken bbox must not stop redaction
            }
        }
        if (descent >= 0 || descent < -0.6f) {
            descent = DEFAULT_DESCENT;
        }
        return new float[] {descent, ascent};
    }
}
