package io.veil.ocr;

import static org.bytedeco.leptonica.global.leptonica.pixCreate;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixGetData;
import static org.bytedeco.leptonica.global.leptonica.pixGetWpl;
import static org.bytedeco.leptonica.global.leptonica.pixScale;
import static org.bytedeco.leptonica.global.leptonica.pixSetResolution;

import io.veil.spi.EngineException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.PIX;

/**
 * Copies a {@link BufferedImage} into an 8-bit grey Leptonica PIX without an encode/decode round trip.
 * Tesseract thresholds grey anyway, so colour would only cost copies. Not thread-safe per instance; callers
 * own the returned PIX and must {@link #destroy} it.
 */
final class GrayPix {

    private GrayPix() {
    }

    /** An 8-bit grey PIX of {@code image}, scaled by {@code scale} (1 or more), tagged with {@code dpi}. */
    static PIX of(BufferedImage image, int scale, int dpi) {
        int w = image.getWidth(), h = image.getHeight();
        PIX pix = pixCreate(w, h, 8);
        if (pix == null || pix.isNull()) {
            throw new EngineException("Leptonica could not allocate a " + w + "x" + h + " image");
        }
        int rowBytes = pixGetWpl(pix) * 4;
        byte[] buffer = new byte[rowBytes * h];
        int[] argb = new int[w];
        byte[] grayRaster = grayRaster(image);
        for (int y = 0; y < h; y++) {
            int row = y * rowBytes;
            if (grayRaster != null) {
                for (int x = 0; x < w; x++) {
                    buffer[row + (x ^ 3)] = grayRaster[y * w + x];
                }
            } else {
                image.getRGB(0, y, w, 1, argb, 0, w);
                for (int x = 0; x < w; x++) {
                    // Leptonica stores 8-bit pixels big-endian inside 32-bit words: on little-endian
                    // hardware the byte of pixel x sits at address x ^ 3.
                    buffer[row + (x ^ 3)] = (byte) luminance(argb[x]);
                }
            }
        }
        new BytePointer(pixGetData(pix)).capacity(buffer.length).put(buffer);
        pixSetResolution(pix, dpi, dpi);
        if (scale == 1) {
            return pix;
        }
        PIX scaled = pixScale(pix, scale, scale);
        destroy(pix);
        if (scaled == null || scaled.isNull()) {
            throw new EngineException("Leptonica could not scale a " + w + "x" + h + " image by " + scale);
        }
        pixSetResolution(scaled, dpi, dpi);
        return scaled;
    }

    static void destroy(PIX pix) {
        if (pix != null && !pix.isNull()) {
            pixDestroy(pix);
        }
    }

    /** The raw grey bytes when the image already is 8-bit grey with a plain layout, else null. */
    private static byte[] grayRaster(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY
                || !(image.getRaster().getDataBuffer() instanceof DataBufferByte data)
                || image.getRaster().getParent() != null) {
            return null;
        }
        byte[] bytes = data.getData();
        return bytes.length == image.getWidth() * image.getHeight() ? bytes : null;
    }

    /**
     * Rec. 601 luma, with transparent pixels composited over white: screenshots with an alpha channel would
     * otherwise turn into black text on black.
     */
    static int luminance(int argb) {
        int a = argb >>> 24, r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
        int y = (299 * r + 587 * g + 114 * b + 500) / 1000;
        return (y * a + 255 * (255 - a) + 127) / 255;
    }
}
