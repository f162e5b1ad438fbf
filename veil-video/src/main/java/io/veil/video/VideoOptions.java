package io.veil.video;

import io.veil.model.FaceStyle;

/**
 * How a video is anonymised. Immutable; change one setting with the {@code with…} methods.
 *
 * @param detectEvery     run the face detector on every n-th frame; {@code 0} means automatic (every frame for
 *                        clips up to {@link #AUTO_EVERY_FRAME_SECONDS}, else every {@link #AUTO_CADENCE} frames).
 *                        Frames in between are covered by the tracks on both sides, never left unprocessed.
 * @param maxMissedFrames a track survives this many frames without a matching detection before it ends
 * @param historyFrames   the blur region of a track is the union of its boxes over this many frames back (and
 *                        up to the next detection ahead), so it grows instead of jittering
 * @param padding         fraction of the box width and height added on every side before blurring
 * @param matchIou        least overlap between a track's predicted box and a detection to continue the track
 * @param style           how face regions are destroyed
 * @param keepAudio       re-encode the audio track (AAC) instead of dropping it
 * @param bitsPerPixel    H.264 bit budget per pixel per frame (0.1 gives about 2.2 Mbit/s at 720p30)
 *
 * <pre>{@code
 * VideoOptions o = VideoOptions.defaults().withDetectEvery(2).withKeepAudio(true);
 * }</pre>
 */
public record VideoOptions(int detectEvery, int maxMissedFrames, int historyFrames, double padding, double matchIou,
                           FaceStyle style, boolean keepAudio, double bitsPerPixel) {

    public static final int AUTO = 0;
    public static final double AUTO_EVERY_FRAME_SECONDS = 30;
    public static final int AUTO_CADENCE = 2;

    public VideoOptions {
        if (detectEvery < 0 || detectEvery > 30) {
            throw new IllegalArgumentException("detectEvery must be 0 (auto) to 30: " + detectEvery);
        }
        if (maxMissedFrames < 0 || historyFrames < 0) {
            throw new IllegalArgumentException("frame counts must not be negative");
        }
        if (!(padding >= 0 && padding <= 2)) {
            throw new IllegalArgumentException("padding must be within [0, 2]: " + padding);
        }
        if (!(matchIou > 0 && matchIou < 1)) {
            throw new IllegalArgumentException("matchIou must be within (0, 1): " + matchIou);
        }
        if (style == null) {
            throw new IllegalArgumentException("style is required");
        }
        if (!(bitsPerPixel > 0 && bitsPerPixel <= 2)) {
            throw new IllegalArgumentException("bitsPerPixel must be within (0, 2]: " + bitsPerPixel);
        }
    }

    /** Automatic cadence, half a second of track survival at 24 fps, 30% padding, blur, no audio. */
    public static VideoOptions defaults() {
        return new VideoOptions(AUTO, 12, 6, 0.3, 0.1, FaceStyle.BLUR, false, 0.1);
    }

    /** The cadence to use for a clip of {@code durationSeconds} (negative when unknown). */
    public int cadenceFor(double durationSeconds) {
        if (detectEvery != AUTO) {
            return detectEvery;
        }
        return durationSeconds >= 0 && durationSeconds <= AUTO_EVERY_FRAME_SECONDS ? 1 : AUTO_CADENCE;
    }

    public VideoOptions withDetectEvery(int n) {
        return new VideoOptions(n, maxMissedFrames, historyFrames, padding, matchIou, style, keepAudio, bitsPerPixel);
    }

    public VideoOptions withMaxMissedFrames(int n) {
        return new VideoOptions(detectEvery, n, historyFrames, padding, matchIou, style, keepAudio, bitsPerPixel);
    }

    public VideoOptions withHistoryFrames(int n) {
        return new VideoOptions(detectEvery, maxMissedFrames, n, padding, matchIou, style, keepAudio, bitsPerPixel);
    }

    public VideoOptions withPadding(double p) {
        return new VideoOptions(detectEvery, maxMissedFrames, historyFrames, p, matchIou, style, keepAudio, bitsPerPixel);
    }

    public VideoOptions withStyle(FaceStyle s) {
        return new VideoOptions(detectEvery, maxMissedFrames, historyFrames, padding, matchIou, s, keepAudio, bitsPerPixel);
    }

    public VideoOptions withKeepAudio(boolean keep) {
        return new VideoOptions(detectEvery, maxMissedFrames, historyFrames, padding, matchIou, style, keep, bitsPerPixel);
    }
}
