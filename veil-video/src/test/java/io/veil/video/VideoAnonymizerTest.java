package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.veil.faces.BlazeFaceDetector;
import io.veil.faces.CombinedFaceDetector;
import io.veil.faces.UltraFaceDetector;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** End to end with the real face detector on a clip made in the test from a face cut out of a sample photo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VideoAnonymizerTest {

    private static final int FRAMES = 48;
    private static final int PROBE_EVERY = 4;

    private Path dir;
    private FaceDetector detector;
    private SyntheticClip clip;
    private Path input;
    private final List<Double> originalEnergy = new ArrayList<>();
    private final List<VideoProgress.Snapshot> progress = new ArrayList<>();
    private Path defaultOutput;
    private VideoResult defaultResult;

    @BeforeAll
    void makeClip(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        assumeTrue(Files.isRegularFile(models.resolve(BlazeFaceDetector.MODEL_FILE))
                && Files.isRegularFile(models.resolve(UltraFaceDetector.MODEL_FILE)), "face models not fetched: skipping");
        detector = CombinedFaceDetector.load(models);
        clip = new SyntheticClip(640, 360, FRAMES, 24, SyntheticClip.faceCrop(models, detector, 120));
        input = dir.resolve("clip.mp4");
        clip.write(input, "mp4", true, true);
        int seen = 0;
        for (int i = 0; i < FRAMES; i++) {
            BufferedImage f = clip.frame(i);
            originalEnergy.add(SyntheticClip.gradientEnergy(f, clip.targetBox(i)));
            if (i % PROBE_EVERY == 0) {
                seen += faceAt(detector.detect(f), clip.targetBox(i)) ? 1 : 0;
            }
        }
        // Without this the test could pass on a target the detector never saw.
        assertThat(seen).as("probed frames where the detector finds the unredacted target").isGreaterThanOrEqualTo(FRAMES / PROBE_EVERY - 1);
        defaultOutput = dir.resolve("default.mp4");
        defaultResult = new VideoAnonymizer(detector, new DefaultPageRedactor(), VideoOptions.defaults())
                .anonymize(input, defaultOutput, progress::add);
    }

    @AfterAll
    void close() {
        if (detector != null) {
            detector.close();
        }
    }

    private static boolean faceAt(List<FaceDetector.Face> faces, Box target) {
        return faces.stream().anyMatch(f -> f.box().iou(target) > 0.1
                || target.pad(0.1).intersection(f.box()).area() > f.box().area() / 2);
    }

    @Test
    void defaultsDetectOnEveryFrameOfAShortClipAndReportOneTrackWithACompactPath() {
        assertThat(defaultResult.detectEvery()).isEqualTo(1);
        assertThat(defaultResult.detectorRuns()).isEqualTo(FRAMES);
        assertThat(defaultResult.frames()).isEqualTo(FRAMES);
        assertThat(defaultResult.width()).isEqualTo(640);
        assertThat(defaultResult.height()).isEqualTo(360);
        TrackSummary main = defaultResult.tracks().stream()
                .max(java.util.Comparator.comparingInt(TrackSummary::detections)).orElseThrow();
        assertThat(main.lastSeconds() - main.firstSeconds()).as("one track follows the face across the clip").isGreaterThan(1.5);
        assertThat(main.path()).hasSizeLessThan(FRAMES / 2);
        assertThat(main.maxConfidence()).isGreaterThanOrEqualTo(main.meanConfidence());
        assertThat(progress).last().extracting(VideoProgress.Snapshot::framesDone).isEqualTo((long) FRAMES);
    }

    @Test
    void faceIsDestroyedInEveryFrameWhenDetectingEveryFrame() throws Exception {
        assertEveryFrameDestroyed(defaultOutput);
    }

    @Test
    void faceIsDestroyedInEveryFrameWhenDetectingEveryThirdFrame() throws Exception {
        Path out = dir.resolve("every3.mp4");
        VideoResult r = new VideoAnonymizer(detector, new DefaultPageRedactor(), VideoOptions.defaults().withDetectEvery(3))
                .anonymize(input, out, VideoProgress.NONE);
        assertThat(r.detectorRuns()).isEqualTo(FRAMES / 3 + 1);
        assertEveryFrameDestroyed(out);
    }

    private void assertEveryFrameDestroyed(Path out) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile()); Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.start();
            assertThat(g.getImageWidth()).isEqualTo(640);
            assertThat(g.getImageHeight()).isEqualTo(360);
            int i = 0;
            for (Frame f = g.grabImage(); f != null; f = g.grabImage(), i++) {
                BufferedImage img = conv.getBufferedImage(f);
                Box target = clip.targetBox(i);
                assertThat(SyntheticClip.gradientEnergy(img, target)).as("detail left in frame %d", i)
                        .isLessThan(originalEnergy.get(i) * 0.3);
                assertThat(faceAt(detector.detect(img), target)).as("face found in frame %d", i).isFalse();
            }
            assertThat(i).isEqualTo(FRAMES);
            g.stop();
        }
    }

    @Test
    void outputHasNoMetadataTagsAndNoAudioByDefault() throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(input.toFile())) {
            g.start();
            assertThat(g.getAudioChannels()).as("the input has audio").isPositive();
            assertThat(g.getMetadata()).containsKeys("title", "comment");
            g.stop();
        }
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(defaultOutput.toFile())) {
            g.start();
            assertThat(g.getAudioChannels()).isZero();
            Map<String, String> tags = g.getMetadata();
            assertThat(tags.keySet()).isSubsetOf("major_brand", "minor_version", "compatible_brands");
            assertThat(g.getVideoMetadata()).doesNotContainKeys("title", "comment", "location", "creation_time");
            g.stop();
        }
    }

    @Test
    void unreadableInputIsRejectedAndNoOutputIsLeft() throws IOException {
        Path bogus = dir.resolve("broken.mp4");
        Files.writeString(bogus, "not a video at all");
        Path out = dir.resolve("broken-out.mp4");
        VideoAnonymizer a = new VideoAnonymizer(detector, new DefaultPageRedactor(), VideoOptions.defaults());
        assertThatThrownBy(() -> a.anonymize(bogus, out, VideoProgress.NONE)).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> a.anonymize(dir.resolve("notes.txt"), out, VideoProgress.NONE))
                .isInstanceOf(InputRejectedException.class);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".veil-"));
        }
    }
}
