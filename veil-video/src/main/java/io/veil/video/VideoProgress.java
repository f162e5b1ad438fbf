package io.veil.video;

/**
 * Receives progress while a video is processed, on the calling thread, after each batch of frames is written
 * (every {@code detectEvery} frames). Keep it cheap; throttle drawing in the listener.
 *
 * <pre>{@code
 * VideoProgress bar = p -> System.err.printf("\r%d/%d frames, %.1f fps", p.framesDone(), p.framesTotal(), p.framesPerSecond());
 * }</pre>
 */
@FunctionalInterface
public interface VideoProgress {

    /** No output. */
    VideoProgress NONE = p -> { };

    void onProgress(Snapshot progress);

    /**
     * @param framesDone       frames written so far
     * @param framesTotal      the container's frame count estimate, or -1 when it does not say
     * @param framesPerSecond  frames written per second of wall time since the start
     */
    record Snapshot(long framesDone, long framesTotal, double framesPerSecond) {
    }
}
