package io.veil.model;

import java.util.Collection;

/**
 * An axis-aligned rectangle in integer page units (pixels for images, points for PDF), origin top-left.
 * Immutable.
 *
 * <pre>{@code
 * Box a = new Box(10, 10, 20, 20);
 * Box padded = a.pad(0.3);            // 30% wider on every side
 * double overlap = a.iou(padded);
 * }</pre>
 */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must not be negative: " + width + "x" + height);
        }
    }

    public static Box ofCorners(int x0, int y0, int x1, int y1) {
        return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public long area() {
        return (long) width * height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public Box union(Box o) {
        return ofCorners(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()), Math.max(bottom(), o.bottom()));
    }

    /** The union of all boxes; throws when there are none. */
    public static Box unionOf(Collection<Box> boxes) {
        return boxes.stream().reduce(Box::union).orElseThrow(() -> new IllegalArgumentException("no boxes"));
    }

    /** The overlap of two boxes, or an empty box at this box's origin when they do not overlap. */
    public Box intersection(Box o) {
        int x0 = Math.max(x, o.x), y0 = Math.max(y, o.y), x1 = Math.min(right(), o.right()), y1 = Math.min(bottom(), o.bottom());
        return x1 <= x0 || y1 <= y0 ? new Box(x, y, 0, 0) : ofCorners(x0, y0, x1, y1);
    }

    /** At least {@code share} (0–1) of {@code o}'s area lies inside this box. */
    public boolean covers(Box o, double share) {
        return intersection(o).area() >= share * o.area();
    }

    public boolean intersects(Box o) {
        return !intersection(o).isEmpty();
    }

    public double iou(Box o) {
        long inter = intersection(o).area();
        long uni = area() + o.area() - inter;
        return uni == 0 ? 0 : (double) inter / uni;
    }

    /** Grows the box by {@code fraction} of its width and height on every side. */
    public Box pad(double fraction) {
        int dx = (int) Math.ceil(width * fraction), dy = (int) Math.ceil(height * fraction);
        return ofCorners(x - dx, y - dy, right() + dx, bottom() + dy);
    }

    /** Grows the box by {@code pixels} on every side. */
    public Box grow(int pixels) {
        return ofCorners(x - pixels, y - pixels, right() + pixels, bottom() + pixels);
    }

    /** This box with every coordinate multiplied by {@code factor}, rounded outwards (never smaller). */
    public Box scaled(double factor) {
        if (factor == 1) {
            return this;
        }
        int x0 = (int) Math.floor(x * factor), y0 = (int) Math.floor(y * factor);
        return ofCorners(x0, y0, (int) Math.ceil(right() * factor), (int) Math.ceil(bottom() * factor));
    }

    /** This box clipped to {@code [0,width) x [0,height)}. */
    public Box clip(int pageWidth, int pageHeight) {
        return intersection(new Box(0, 0, pageWidth, pageHeight));
    }
}
