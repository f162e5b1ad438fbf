package io.veil.model;

/** A page's number and the text layout extracted from it (OCR or text layer). */
public record PageText(int page, TextLayout layout) {
}
