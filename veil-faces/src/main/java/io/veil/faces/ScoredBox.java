package io.veil.faces;

import io.veil.model.Box;

/**
 * A candidate face in continuous coordinates (corners, x0 &lt; x1, y0 &lt; y1) with the model's score in [0,1].
 * Units are whatever the producer says: normalised window coordinates straight out of a model, image pixels
 * after mapping. Immutable.
 */
record ScoredBox(double x0, double y0, double x1, double y1, double score) {

    ScoredBox {
        if (!(x1 >= x0 && y1 >= y0)) {
            throw new IllegalArgumentException("corners out of order");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside [0,1]: " + score);
        }
    }

    static ScoredBox ofCentre(double cx, double cy, double w, double h, double score) {
        double hw = Math.abs(w) / 2, hh = Math.abs(h) / 2;
        return new ScoredBox(cx - hw, cy - hh, cx + hw, cy + hh, score);
    }

    double width() {
        return x1 - x0;
    }

    double height() {
        return y1 - y0;
    }

    double area() {
        return width() * height();
    }

    double intersection(ScoredBox o) {
        double w = Math.min(x1, o.x1) - Math.max(x0, o.x0), h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    double iou(ScoredBox o) {
        double inter = intersection(o), union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** How much of the smaller box lies inside the other (1 when one holds the other). */
    double overlapOfSmaller(ScoredBox o) {
        double smaller = Math.min(area(), o.area());
        return smaller <= 0 ? 0 : intersection(o) / smaller;
    }

    /** Maps a box in window-normalised coordinates to pixels of a window placed at (x, y) with size w × h. */
    ScoredBox toPixels(double x, double y, double w, double h) {
        return new ScoredBox(x + x0 * w, y + y0 * h, x + x1 * w, y + y1 * h, score);
    }

    ScoredBox withScore(double s) {
        return new ScoredBox(x0, y0, x1, y1, s);
    }

    /** The integer box, clipped to the image; empty when nothing of it lies inside. */
    Box toBox(int imageWidth, int imageHeight) {
        int ix0 = (int) Math.floor(Math.max(0, x0)), iy0 = (int) Math.floor(Math.max(0, y0));
        int ix1 = (int) Math.ceil(Math.min(imageWidth, x1)), iy1 = (int) Math.ceil(Math.min(imageHeight, y1));
        return ix1 <= ix0 || iy1 <= iy0 ? new Box(Math.max(0, Math.min(ix0, imageWidth)), Math.max(0, Math.min(iy0, imageHeight)), 0, 0)
                : Box.ofCorners(ix0, iy0, ix1, iy1);
    }
}
