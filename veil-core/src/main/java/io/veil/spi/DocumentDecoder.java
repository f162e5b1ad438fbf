package io.veil.spi;

import io.veil.model.DecodedDocument;
import java.nio.file.Path;

/**
 * Ingest: turns a file into upright pages of pixels. Implementations refuse hostile input (decompression
 * bombs, absurd sizes, truncated or corrupt data) with an {@link InputRejectedException} that says what and
 * where. Thread-safe.
 */
public interface DocumentDecoder {
    /** True when this decoder reads files of this name/content type. */
    boolean supports(Path file);

    DecodedDocument decode(Path file) throws InputRejectedException;
}
