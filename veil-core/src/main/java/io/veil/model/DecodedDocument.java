package io.veil.model;

import java.util.List;

/**
 * An input after ingest: its source description, its pages (pixels and/or a text layer), and the names of the metadata
 * blocks it carried (for example {@code "exif"}, {@code "gps"}, {@code "xmp"}; names only, never values), which
 * redaction drops.
 */
public record DecodedDocument(SourceInfo source, List<Page> pages, List<String> metadataFound) {
    public DecodedDocument {
        pages = List.copyOf(pages);
        metadataFound = List.copyOf(metadataFound);
    }
}
