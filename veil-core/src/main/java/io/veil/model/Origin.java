package io.veil.model;

/** Where on the page a finding was read from. */
public enum Origin {
    /** A born-digital text layer or a plain-text input. */
    TEXT,
    /** Words read by OCR from pixels. */
    OCR,
    /** The decoded payload of a QR code or barcode; its boxes are the code's box. */
    BARCODE,
    /** An image region found by a detector (faces). */
    IMAGE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
