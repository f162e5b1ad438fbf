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

    /** A decoder that hands each file to the first of {@code decoders} that supports it. */
    static DocumentDecoder firstOf(java.util.List<DocumentDecoder> decoders) {
        java.util.List<DocumentDecoder> all = java.util.List.copyOf(decoders);
        return new DocumentDecoder() {
            @Override
            public boolean supports(Path file) {
                return all.stream().anyMatch(d -> d.supports(file));
            }

            @Override
            public DecodedDocument decode(Path file) throws InputRejectedException {
                for (DocumentDecoder d : all) {
                    if (d.supports(file)) {
                        return d.decode(file);
                    }
                }
                throw new InputRejectedException("unsupported file type: " + file.getFileName());
            }
        };
    }
}
