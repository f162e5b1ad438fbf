package io.veil.pdf;

import io.veil.model.Box;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (origin bottom-left of the media box, y up) to the page as displayed: crop box applied,
 * /Rotate applied, origin top-left, y down, in points. This is the frame of every box Veil reports for PDFs,
 * and the frame PDFRenderer draws in. Immutable.
 */
record PageFrame(float cropX, float cropY, float cropW, float cropH, int rotation) {

    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int r = ((page.getRotation() % 360) + 360) % 360;
        if (r % 90 != 0) {
            r = 0;
        }
        return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), r);
    }

    float displayWidth() {
        return rotation == 90 || rotation == 270 ? cropH : cropW;
    }

    float displayHeight() {
        return rotation == 90 || rotation == 270 ? cropW : cropH;
    }

    /** A user-space point in the displayed frame. */
    Point2D.Double toDisplay(double ux, double uy) {
        double x = ux - cropX, y = uy - cropY;
        return switch (rotation) {
            case 90 -> new Point2D.Double(y, x);
            case 180 -> new Point2D.Double(cropW - x, y);
            case 270 -> new Point2D.Double(cropH - y, cropW - x);
            default -> new Point2D.Double(x, cropH - y);
        };
    }

    /** A displayed point back in user space. */
    Point2D.Double toUser(double dx, double dy) {
        return switch (rotation) {
            case 90 -> new Point2D.Double(dy + cropX, dx + cropY);
            case 180 -> new Point2D.Double(cropW - dx + cropX, dy + cropY);
            case 270 -> new Point2D.Double(cropW - dy + cropX, cropH - dx + cropY);
            default -> new Point2D.Double(dx + cropX, cropH - dy + cropY);
        };
    }

    /** A displayed box as a user-space rectangle (rotations are multiples of 90, so it stays axis-aligned). */
    Rectangle2D toUser(Box b) {
        Point2D a = toUser(b.x(), b.y()), c = toUser(b.right(), b.bottom());
        return new Rectangle2D.Double(Math.min(a.getX(), c.getX()), Math.min(a.getY(), c.getY()),
                Math.abs(c.getX() - a.getX()), Math.abs(c.getY() - a.getY()));
    }

    /** A user-space rectangle in the displayed frame. */
    Rectangle2D toDisplay(Rectangle2D u) {
        Point2D a = toDisplay(u.getMinX(), u.getMinY()), c = toDisplay(u.getMaxX(), u.getMaxY());
        return new Rectangle2D.Double(Math.min(a.getX(), c.getX()), Math.min(a.getY(), c.getY()),
                Math.abs(c.getX() - a.getX()), Math.abs(c.getY() - a.getY()));
    }

    /** The smallest integer box holding {@code r}. */
    static Box enclosing(Rectangle2D r) {
        int x0 = (int) Math.floor(r.getMinX()), y0 = (int) Math.floor(r.getMinY());
        int x1 = (int) Math.ceil(r.getMaxX()), y1 = (int) Math.ceil(r.getMaxY());
        return new Box(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** True when the centre of {@code r} lies inside {@code b} (edges included). */
    static boolean centreInside(Rectangle2D r, Box b) {
        double cx = r.getCenterX(), cy = r.getCenterY();
        return cx >= b.x() && cx <= b.right() && cy >= b.y() && cy <= b.bottom();
    }
}
