package io.veil.pipeline;

import io.veil.model.Digests;
import io.veil.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Facts about a file that hold even when it cannot be decoded: name, size, sha256. */
public final class FileFacts {
    private FileFacts() {
    }

    /** A source description for a file that could not be decoded (media type unknown, no pages). */
    public static SourceInfo describe(Path file) {
        long size = -1;
        String sha = "";
        try {
            size = Files.size(file);
            sha = Digests.sha256(file);
        } catch (IOException e) {
            // The ingest error already says what went wrong; an unreadable file keeps size -1 and no hash.
        }
        return new SourceInfo(String.valueOf(file.getFileName()), sha, Math.max(size, 0), "application/octet-stream", List.of());
    }

    public static String sha256(Path file) throws IOException {
        return Digests.sha256(file);
    }
}
