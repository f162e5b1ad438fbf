package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Containers and audio, with a stand-in detector: needs no models. */
class VideoContainerTest {

    @TempDir
    Path dir;

    /** Reports one fixed box and counts its calls. */
    private static final class FixedDetector implements FaceDetector {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public List<Face> detect(BufferedImage image) {
            calls.incrementAndGet();
            return List.of(new Face(new Box(40, 40, 40, 40), 0.9, "fixed"));
        }

        @Override
        public String version() {
            return "fixed-1";
        }
    }

    private static BufferedImage patch() {
        BufferedImage p = new BufferedImage(48, 48, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = p.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 48, 48, Color.BLUE));
        g.fillRect(0, 0, 48, 48);
        g.dispose();
        return p;
    }

    @ParameterizedTest(name = "{0} input, keepAudio={1}")
    @CsvSource({
        "clip.mkv, matroska, false",
        "clip.mkv, matroska, true",
        "clip.mov, mov, true",
        "clip.mp4, mp4, false",
    })
    void everyContainerBecomesAnMp4WithAllFramesAndAudioOnlyWhenKept(String name, String format, boolean keepAudio) throws Exception {
        SyntheticClip clip = new SyntheticClip(320, 176, 20, 25, patch());
        Path in = dir.resolve(name);
        clip.write(in, format, true, true);
        FixedDetector detector = new FixedDetector();
        Path out = dir.resolve("out.mp4");

        VideoResult r = new VideoAnonymizer(detector, new DefaultPageRedactor(),
                VideoOptions.defaults().withDetectEvery(4).withKeepAudio(keepAudio)).anonymize(in, out, VideoProgress.NONE);

        assertThat(r.frames()).isEqualTo(20);
        assertThat(r.audioKept()).isEqualTo(keepAudio);
        assertThat(detector.calls.get()).as("frames 0,4,8,12,16 and the last").isEqualTo(6);
        assertThat(r.tracks()).singleElement().satisfies(t -> {
            assertThat(t.detections()).isEqualTo(6);
            assertThat(t.detector()).isEqualTo("fixed");
        });
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile())) {
            g.start();
            assertThat(g.getFormat()).contains("mp4");
            assertThat(g.getVideoCodecName()).isEqualTo("h264");
            assertThat(g.getAudioChannels() > 0).isEqualTo(keepAudio);
            assertThat(g.getMetadata()).doesNotContainKeys("title", "comment", "location", "encoder");
            int frames = 0;
            while (g.grabImage() != null) {
                frames++;
            }
            assertThat(frames).isEqualTo(20);
            g.stop();
        }
    }
}
