package io.veil.spi;

import io.veil.model.Box;
import java.awt.image.BufferedImage;
import java.util.List;

/** Extract: decodes QR codes and barcodes in an image. Thread-safe. */
public interface BarcodeReader {

    /** One decoded code: its format ({@code "QR_CODE"}), decoded text, and box in image pixels. */
    record Barcode(String format, String payload, Box box) {
    }

    List<Barcode> read(BufferedImage image);
}
