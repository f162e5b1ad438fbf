package io.veil.video;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Makes test videos: a textured background with a target (a face cut at test time from a sample photo, or a
 * synthetic patch) moving across it, optionally with a sine audio track and container metadata tags.
 */
public final class SyntheticClip {
    static final Map<String, String> LEAKY_TAGS = Map.of("title", "Holiday of Jane Example",
            "comment", "shot at 1 Example Street", "location", "+48.8584+002.2945/");

    final int width, height, frames;
    final double fps;
    private final BufferedImage target;
    private final BufferedImage background;

    SyntheticClip(int width, int height, int frames, double fps, BufferedImage target) {
        this.width = width;
        this.height = height;
        this.frames = frames;
        this.fps = fps;
        this.target = target;
        this.background = texture(width, height);
    }

    /** Where the target is on frame {@code i}: left to right with a gentle vertical wave. */
    Box targetBox(int i) {
        int span = width - target.getWidth() - 40;
        int x = 20 + (int) Math.round(span * (double) i / Math.max(1, frames - 1));
        int y = (height - target.getHeight()) / 2 + (int) Math.round(height * 0.08 * Math.sin(i / 6.0));
        return new Box(x, y, target.getWidth(), target.getHeight());
    }

    BufferedImage frame(int i) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.drawImage(background, -(i % 16), 0, null);
        g.drawImage(background, width - (i % 16), 0, null);
        Box b = targetBox(i);
        g.drawImage(target, b.x(), b.y(), null);
        g.dispose();
        return img;
    }

    /** Encodes the clip as H.264 in {@code file}'s container, with a 440 Hz tone and leaky tags when asked. */
    void write(Path file, String format, boolean withAudio, boolean withTags) throws IOException {
        int sampleRate = 44_100;
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, withAudio ? 1 : 0);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            r.setFormat(format);
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(fps);
            r.setVideoBitrate(width * height * 8);
            if (withAudio) {
                r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                r.setSampleRate(sampleRate);
                r.setAudioBitrate(96_000);
            }
            if (withTags) {
                r.setMetadata(LEAKY_TAGS);
            }
            r.start();
            long samplesDone = 0;
            for (int i = 0; i < frames; i++) {
                r.record(conv.convert(frame(i)), avutil.AV_PIX_FMT_BGR24);
                if (withAudio) {
                    long until = Math.round((i + 1) * sampleRate / fps);
                    short[] tone = new short[(int) (until - samplesDone)];
                    for (int s = 0; s < tone.length; s++) {
                        tone[s] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (samplesDone + s) / sampleRate));
                    }
                    r.recordSamples(sampleRate, 1, ShortBuffer.wrap(tone));
                    samplesDone = until;
                }
            }
            r.stop();
        }
    }

    /** Stripes, blobs and fine noise: enough texture that a blurred region stands out as smooth. */
    static BufferedImage texture(int w, int h) {
        BufferedImage img = new BufferedImage(w + 16, h, BufferedImage.TYPE_3BYTE_BGR);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w + 16; x++) {
                double v = 110 + 40 * Math.sin(x / 9.0) * Math.cos(y / 13.0) + 25 * Math.sin((x + 2 * y) / 31.0);
                int n = rnd.nextInt(-12, 13);
                int r = clamp(v + n + 20), g = clamp(v + n), b = clamp(v + n - 15);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The largest face of sample photo 1, padded a little and scaled to {@code heightPx} tall. Skips when absent. */
    public static BufferedImage faceCrop(Path modelsDir, FaceDetector detector, int heightPx) throws IOException {
        Path photo = modelsDir.resolve("samples/sample1.jpg");
        assumeTrue(Files.isRegularFile(photo), "sample photos not fetched (scripts/fetch-models.sh): skipping");
        BufferedImage src = ImageIO.read(photo.toFile());
        Box face = detector.detect(src).stream().map(FaceDetector.Face::box)
                .max(Comparator.comparingLong(Box::area)).orElseThrow(() -> new IllegalStateException("no face in sample1"));
        Box crop = face.pad(0.2).clip(src.getWidth(), src.getHeight());
        int w = (int) Math.round((double) crop.width() * heightPx / crop.height());
        BufferedImage out = new BufferedImage(w, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src.getSubimage(crop.x(), crop.y(), crop.width(), crop.height()), 0, 0, w, heightPx, null);
        g.dispose();
        return out;
    }

    /**
     * Mean absolute luma difference between neighbouring 3 × 3 block means inside {@code r}: high for facial
     * detail, near zero when smooth. Blocks, because the redactor's ±3 level dither is per pixel and not detail.
     */
    static double gradientEnergy(BufferedImage img, Box r) {
        Box b = r.clip(img.getWidth(), img.getHeight());
        int bw = b.width() / BLOCK, bh = b.height() / BLOCK;
        double[][] m = new double[bh][bw];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                double s = 0;
                for (int y = 0; y < BLOCK; y++) {
                    for (int x = 0; x < BLOCK; x++) {
                        s += luma(img.getRGB(b.x() + bx * BLOCK + x, b.y() + by * BLOCK + y));
                    }
                }
                m[by][bx] = s / (BLOCK * BLOCK);
            }
        }
        double sum = 0;
        long n = 0;
        for (int y = 0; y < bh - 1; y++) {
            for (int x = 0; x < bw - 1; x++) {
                sum += Math.abs(m[y][x] - m[y][x + 1]) + Math.abs(m[y][x] - m[y + 1][x]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static final int BLOCK = 3;

    private static int luma(int rgb) {
        return (299 * ((rgb >> 16) & 255) + 587 * ((rgb >> 8) & 255) + 114 * (rgb & 255)) / 1000;
    }
}
