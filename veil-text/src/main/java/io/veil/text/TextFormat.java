package io.veil.text;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The plain-text formats Veil reads, by file extension, with their media types. */
public enum TextFormat {
    TXT("text/plain", "txt"),
    CSV("text/csv", "csv", "tsv"),
    JSON("application/json", "json", "jsonl", "ndjson"),
    LOG("text/x-log", "log"),
    MARKDOWN("text/markdown", "md"),
    EMAIL("message/rfc822", "eml");

    private final String mediaType;
    private final String[] extensions;

    TextFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<TextFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(ext)).findFirst();
    }

    public static Optional<TextFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
