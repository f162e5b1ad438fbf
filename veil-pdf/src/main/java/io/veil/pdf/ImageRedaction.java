package io.veil.pdf;

import io.veil.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Blacks out the pixels of an image XObject that lie under redaction boxes and re-encodes it in place (the
 * same stream object, so every use of the image loses those pixels). A soft mask is made opaque there so the
 * black shows and the mask no longer outlines what was removed. Stateless.
 */
final class ImageRedaction {

    private ImageRedaction() {
    }

    /** Returns true when pixels were changed. */
    static boolean redact(PDDocument doc, GlyphCollector.ImageUse use, List<Box> boxes, PageFrame frame)
            throws IOException {
        PDImageXObject image = use.image();
        int w = image.getWidth(), h = image.getHeight();
        AffineTransform toUnit;
        try {
            toUnit = use.ctm().createAffineTransform().createInverse();
        } catch (NoninvertibleTransformException e) {
            return false;
        }
        BufferedImage pixels = null, mask = null;
        PDImageXObject softMask = image.getSoftMask();
        for (Box b : boxes) {
            Rectangle2D px = pixelRect(frame.toUser(b), toUnit, w, h);
            if (px == null) {
                continue;
            }
            if (pixels == null) {
                pixels = copy(image.getImage());
                mask = softMask == null ? null : copy(softMask.getImage());
            }
            fill(pixels, px, Color.BLACK);
            if (mask != null) {
                double sx = (double) mask.getWidth() / w, sy = (double) mask.getHeight() / h;
                fill(mask, new Rectangle2D.Double(px.getX() * sx, px.getY() * sy, px.getWidth() * sx,
                        px.getHeight() * sy), Color.WHITE);
            }
        }
        if (pixels == null) {
            return false;
        }
        boolean jpeg = COSName.DCT_DECODE.equals(image.getCOSObject().getDictionaryObject(COSName.FILTER));
        PDImageXObject encoded = jpeg ? JPEGFactory.createFromImage(doc, pixels, 0.9f)
                : LosslessFactory.createFromImage(doc, pixels);
        COSStream smaskStream = softMask == null ? null : softMask.getCOSObject();
        replace(image.getCOSObject(), encoded.getCOSObject());
        if (smaskStream != null) {
            replace(smaskStream, LosslessFactory.createFromImage(doc, gray(mask)).getCOSObject());
            image.getCOSObject().setItem(COSName.SMASK, smaskStream);
        }
        return true;
    }

    /** The part of the image under a user-space rectangle, in pixel coordinates (row 0 at the top). */
    private static Rectangle2D pixelRect(Rectangle2D user, AffineTransform toUnit, int w, int h) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double[][] corners = {{user.getMinX(), user.getMinY()}, {user.getMaxX(), user.getMinY()},
                {user.getMinX(), user.getMaxY()}, {user.getMaxX(), user.getMaxY()}};
        for (double[] c : corners) {
            Point2D u = toUnit.transform(new Point2D.Double(c[0], c[1]), null);
            double px = u.getX() * w, py = (1 - u.getY()) * h;
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
        Rectangle2D r = new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY)
                .createIntersection(new Rectangle2D.Double(0, 0, w, h));
        return r.isEmpty() ? null : r;
    }

    private static void fill(BufferedImage img, Rectangle2D r, Color color) {
        int x0 = (int) Math.floor(r.getMinX()), y0 = (int) Math.floor(r.getMinY());
        int x1 = (int) Math.ceil(r.getMaxX()), y1 = (int) Math.ceil(r.getMaxY());
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
        g.dispose();
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage gray(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Moves the dictionary and data of {@code from} into {@code target}, dropping everything target had. */
    private static void replace(COSStream target, COSStream from) throws IOException {
        for (COSName key : List.copyOf(target.keySet())) {
            target.removeItem(key);
        }
        for (var e : from.entrySet()) {
            if (!COSName.LENGTH.equals(e.getKey())) {
                target.setItem(e.getKey(), e.getValue());
            }
        }
        try (InputStream in = from.createRawInputStream(); OutputStream out = target.createRawOutputStream()) {
            in.transferTo(out);
        }
    }
}
