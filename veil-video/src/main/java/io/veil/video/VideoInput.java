package io.veil.video;

import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Adapter over FFmpeg's decoder: streams a video's frames as upright BGR images (display rotation applied,
 * since the output carries no rotation tag) and, when asked, its audio sample frames. Nothing is read ahead
 * beyond what FFmpeg itself buffers. Not thread-safe; one per file.
 */
final class VideoInput implements AutoCloseable {

    /** A decoded unit: either an image with its presentation time, or audio samples (a private copy). */
    sealed interface Item permits Picture, Samples {
    }

    record Picture(double seconds, BufferedImage image) implements Item {
    }

    record Samples(Frame frame) implements Item {
    }

    private final FFmpegFrameGrabber grabber;
    private final boolean withAudio;
    private final int clockwise;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final String name;

    private VideoInput(FFmpegFrameGrabber grabber, boolean withAudio, String name) {
        this.grabber = grabber;
        this.withAudio = withAudio && grabber.getAudioChannels() > 0;
        this.clockwise = Rotation.clockwiseDegrees(grabber.getDisplayRotation());
        this.name = name;
    }

    static VideoInput open(Path file, boolean withAudio) throws InputRejectedException {
        Ffmpeg.quiet();
        String name = String.valueOf(file.getFileName());
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new InputRejectedException("cannot decode video " + name + ": not a readable MP4/MOV/WebM/MKV", e);
        }
        if (g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
            closeQuietly(g);
            throw new InputRejectedException("no video stream in " + name);
        }
        return new VideoInput(g, withAudio, name);
    }

    int width() {
        return clockwise % 180 == 0 ? grabber.getImageWidth() : grabber.getImageHeight();
    }

    int height() {
        return clockwise % 180 == 0 ? grabber.getImageHeight() : grabber.getImageWidth();
    }

    double frameRate() {
        double r = grabber.getFrameRate();
        return r > 0 && r < 1000 ? r : 25;
    }

    /** The container's frame count, or -1 when it does not say. */
    long frameCountEstimate() {
        int n = grabber.getLengthInVideoFrames();
        return n > 0 ? n : -1;
    }

    /** Duration in seconds, or -1 when unknown (live or damaged streams). */
    double durationSeconds() {
        long us = grabber.getLengthInTime();
        return us > 0 ? us / 1e6 : -1;
    }

    int audioChannels() {
        return withAudio ? grabber.getAudioChannels() : 0;
    }

    int sampleRate() {
        return grabber.getSampleRate();
    }

    /** The next picture or (with audio) sample frame, or {@code null} at the end. */
    Item next() throws InputRejectedException {
        while (true) {
            Frame f;
            try {
                f = grabber.grabFrame(withAudio, true, true, false);
            } catch (FrameGrabber.Exception e) {
                throw new InputRejectedException("video " + name + " is damaged at " + grabber.getTimestamp() + " us", e);
            }
            if (f == null) {
                return null;
            }
            if (f.image != null) {
                double seconds = Math.max(0, f.timestamp) / 1e6;
                // The converter reuses its image: copy, since frames wait behind the detector.
                return new Picture(seconds, Rotation.copyRotated(converter.getBufferedImage(f), clockwise));
            }
            if (f.samples != null && withAudio) {
                return new Samples(f.clone());
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(grabber);
        converter.close();
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // Closing after a failure: the first error is the one to report.
        }
    }
}
