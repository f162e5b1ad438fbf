package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.veil.faces.BlazeFaceDetector;
import io.veil.faces.CombinedFaceDetector;
import io.veil.faces.UltraFaceDetector;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
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

    /** A proof that "recognises" a redacted face while the centre of its box is not black, or always. */
    private static FaceProof proof(boolean always) {
        return new FaceProof() {
            @Override
            public List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces) {
                return faces.stream().map(b -> {
                    int rgb = redacted.getRGB(b.x() + b.width() / 2, b.y() + b.height() / 2) & 0xffffff;
                    return new FaceCheck(b, always || rgb != 0 ? 0.9 : 0.1, 0.5, false);
                }).toList();
            }

            @Override
            public String version() {
                return "centre";
            }
        };
    }

    @Test
    void aFaceTheProofStillRecognisesIsFilledSolidOnTheProvenFrames() throws Exception {
        Path out = dir.resolve("proven.mp4");

        VideoResult r = new VideoAnonymizer(detector, new DefaultPageRedactor(), VideoOptions.defaults()).withFaceProof(proof(false))
                .anonymize(input, out, VideoProgress.NONE);

        // 48 frames at 24 fps: the first detection of second 0 and of second 1 are proven.
        assertThat(r.proof().frames()).isEqualTo(2);
        assertThat(r.proof().faces()).isGreaterThanOrEqualTo(2);
        assertThat(r.proof().filledSolid()).isEqualTo(r.proof().faces());
        assertThat(r.proof().failed()).isZero();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile()); Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.start();
            BufferedImage first = conv.getBufferedImage(g.grabImage());
            Box t = clip.targetBox(0);
            int rgb = first.getRGB(t.x() + t.width() / 2, t.y() + t.height() / 2);
            assertThat(((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)).as("target centre on the proven first frame").isLessThan(60);
            g.stop();
        }
    }

    @Test
    void aFaceThatFailsEvenAfterTheSolidFillFailsTheVideoAndNothingIsWritten() {
        Path out = dir.resolve("unproven.mp4");
        VideoAnonymizer a = new VideoAnonymizer(detector, new DefaultPageRedactor(), VideoOptions.defaults()).withFaceProof(proof(true));

        assertThatThrownBy(() -> a.anonymize(input, out, VideoProgress.NONE)).isInstanceOf(IOException.class)
                .hasMessageContaining("still matched or detected by the face proof");
        assertThat(out).doesNotExist();
    }
}
