package io.veil.model;

import java.awt.image.BufferedImage;

/**
 * One page of a decoded document: its number and size in its own units, its pixels (upright; for images the
 * pixels are the page, for PDFs a rendering used for OCR, faces and codes), and its text layer when the document
 * has one (born-digital PDFs, text files). At least one of {@code image} and {@code textLayer} is present. Boxes
 * found on the image are mapped to page units with {@link #toUnits(Box)}.
 *
 * <pre>{@code
 * Page scan = Page.ofImage(1, bufferedImage);                  // units = pixels, scale 1
 * Page pdf = new Page(1, new PageInfo(1, 595, 842, "pt"), rendering, layoutInPoints);
 * }</pre>
 */
public record Page(int number, PageInfo info, BufferedImage image, TextLayout textLayer) {

    public Page {
        if (number < 1 || info.number() != number) {
            throw new IllegalArgumentException("page number " + number + " does not match its info " + info.number());
        }
        if (image == null && textLayer == null) {
            throw new IllegalArgumentException("page " + number + " has neither pixels nor text");
        }
    }

    /** A page that is an image: its units are its pixels. */
    public static Page ofImage(int number, BufferedImage image) {
        return new Page(number, new PageInfo(number, image.getWidth(), image.getHeight(), "px"), image, null);
    }

    /** Image pixels per page unit (1 for images; the rendering resolution over 72 for PDF pages). */
    public double pixelsPerUnit() {
        return image == null ? 1 : (double) image.getWidth() / info.width();
    }

    /** A box on {@link #image()} in page units. */
    public Box toUnits(Box pixels) {
        return pixels.scaled(1 / pixelsPerUnit());
    }

    /** A box in page units on {@link #image()}. */
    public Box toPixels(Box units) {
        return units.scaled(pixelsPerUnit());
    }
}
