package io.veil.pipeline;

import io.veil.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
            sha = sha256(file);
        } catch (IOException e) {
            // The ingest error already says what went wrong; an unreadable file keeps size -1 and no hash.
        }
        return new SourceInfo(String.valueOf(file.getFileName()), sha, Math.max(size, 0), "application/octet-stream", List.of());
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
