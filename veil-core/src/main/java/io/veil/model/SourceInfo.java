package io.veil.model;

import java.util.List;

/** What was scanned: file name (no directories), sha256 of its bytes, size, media type and pages. */
public record SourceInfo(String fileName, String sha256, long sizeBytes, String mediaType, List<PageInfo> pages) {
    public SourceInfo {
        pages = List.copyOf(pages);
    }
}
