package io.veil.video;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The video containers Veil reads. Output is always H.264 in MP4. Stateless.
 *
 * <pre>{@code
 * VideoFormat.of(Path.of("clip.MOV"))   // Optional[MOV]
 * }</pre>
 */
public enum VideoFormat {
    MP4("video/mp4", "mp4", "m4v"),
    MOV("video/quicktime", "mov"),
    WEBM("video/webm", "webm"),
    MKV("video/x-matroska", "mkv");

    private final String mediaType;
    private final String[] extensions;

    VideoFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name says it is, by extension (case-insensitive). */
    public static Optional<VideoFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        for (VideoFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isVideo(Path file) {
        return of(file).isPresent();
    }
}
