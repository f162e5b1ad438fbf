package io.veil.model;

/** A page's number (from 1) and size in {@code units} ({@code "px"} for images, {@code "pt"} for PDF). */
public record PageInfo(int number, int width, int height, String units) {
    public PageInfo {
        if (number < 1 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad page " + number + " of " + width + "x" + height);
        }
    }
}
