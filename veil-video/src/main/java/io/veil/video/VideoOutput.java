package io.veil.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Adapter over FFmpeg's encoder: H.264 (yuv420p) in MP4, AAC audio only when channels are given. Nothing is
 * copied from the input container: no metadata tags, chapters, subtitles, attachments or rotation, and
 * {@code +bitexact} keeps even the muxer's own "encoder" tag out. Frames are written at a constant rate in
 * decode order, so every decoded frame appears once. Not thread-safe; one per file.
 */
final class VideoOutput implements AutoCloseable {
    private static final int MIN_BITRATE = 300_000;
    private static final int AUDIO_BITRATE = 128_000;

    private final FFmpegFrameRecorder recorder;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();

    private VideoOutput(FFmpegFrameRecorder recorder) {
        this.recorder = recorder;
    }

    static VideoOutput open(Path file, int width, int height, double frameRate, int audioChannels, int sampleRate,
                            double bitsPerPixel) throws IOException {
        Ffmpeg.quiet();
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, Math.max(0, audioChannels));
        r.setFormat("mp4");
        r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(frameRate);
        r.setGopSize((int) Math.max(1, Math.round(frameRate * 2)));
        r.setVideoBitrate((int) Math.max(MIN_BITRATE, Math.min(Integer.MAX_VALUE, bitsPerPixel * width * height * frameRate)));
        r.setVideoOption("crf", "20");
        r.setOption("fflags", "+bitexact");
        if (audioChannels > 0) {
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setAudioBitrate(AUDIO_BITRATE);
            r.setSampleRate(sampleRate);
        }
        try {
            r.start();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            try {
                r.close();
            } catch (FrameRecorder.Exception | RuntimeException ignored) {
                // The start failure is the one to report.
            }
            throw new IOException("cannot start the H.264/MP4 encoder", e);
        }
        return new VideoOutput(r);
    }

    void writeImage(BufferedImage image) throws IOException {
        try {
            recorder.record(converter.convert(image), avutil.AV_PIX_FMT_BGR24);
        } catch (FrameRecorder.Exception e) {
            throw new IOException("video encoding failed", e);
        }
    }

    void writeSamples(Frame samples) throws IOException {
        try {
            recorder.record(samples);
        } catch (FrameRecorder.Exception e) {
            throw new IOException("audio encoding failed", e);
        }
    }

    /** Flushes the encoders and writes the MP4 index. */
    void finish() throws IOException {
        try {
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot finish the MP4 file", e);
        }
    }

    @Override
    public void close() {
        try {
            recorder.close();
        } catch (FrameRecorder.Exception | RuntimeException ignored) {
            // Already stopped, or failing after an error that is being reported.
        }
        converter.close();
    }
}
