package io.veil.model;

import java.awt.image.BufferedImage;

/**
 * One decoded page as pixels, already upright (EXIF orientation applied). The image is owned by the
 * pipeline; stages that change pixels work on a copy.
 */
public record PageImage(int number, BufferedImage image) {
    public PageImage {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + number);
        }
    }

    public PageInfo info() {
        return new PageInfo(number, image.getWidth(), image.getHeight(), "px");
    }
}
