package io.veil.model;

/**
 * Something that went wrong with one file: the stage ({@code ingest}, {@code ocr}, {@code verify}, ...), a
 * message saying what and where (never a detected value), and the page, or 0 for the whole file.
 */
public record FileError(String stage, String message, int page) {
}
