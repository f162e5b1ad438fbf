package io.veil.video;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg process-wide settings. Thread-safe (idempotent). */
final class Ffmpeg {
    private static volatile boolean quiet;

    private Ffmpeg() {
    }

    /**
     * Errors only: at the default level FFmpeg prints each input's metadata tags (title, location, ...) to
     * stderr, which would put personal data in logs.
     */
    static void quiet() {
        if (!quiet) {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
            quiet = true;
        }
    }
}
