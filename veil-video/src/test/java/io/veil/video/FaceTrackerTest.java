package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.spi.FaceDetector.Face;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaceTrackerTest {

    private static final int W = 1280, H = 720;

    private static Face face(Box b) {
        return new Face(b, 0.9, "test");
    }

    /** A 60 px face moving right by {@code speed} px per frame from x = 100. */
    private static Box movingBox(long frame, int speed) {
        return new Box(100 + (int) frame * speed, 200, 60, 60);
    }

    private static boolean covers(List<Box> regions, Box target) {
        return regions.stream().anyMatch(r -> r.intersection(target).area() == target.area());
    }

    @ParameterizedTest(name = "a gap of {0} missed frames with {1} allowed gives {2} track(s)")
    @CsvSource({
        "1, 8, 1",
        "5, 8, 1",
        "8, 8, 1",
        "9, 8, 2",
        "20, 8, 2",
    })
    void trackBridgesGapsUpToTheMissAllowance(int gap, int maxMissed, int tracks) {
        FaceTracker tracker = new FaceTracker(0.1, maxMissed, 4);
        long frame = 0;
        for (; frame < 10; frame++) {
            tracker.observe(frame, frame / 24.0, List.of(face(movingBox(frame, 4))));
        }
        for (long f = frame; f < frame + gap; f++) {
            tracker.observe(f, f / 24.0, List.of());
        }
        frame += gap;
        tracker.observe(frame, frame / 24.0, List.of(face(movingBox(frame, 4))));
        assertThat(tracker.finish()).hasSize(tracks);
    }

    @Test
    void faceIsCoveredOnEveryFrameOfAGapWhileTheTrackCoasts() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 4);
        for (long f = 0; f < 10; f++) {
            tracker.observe(f, f / 24.0, List.of(face(movingBox(f, 4))));
        }
        for (long f = 10; f < 16; f++) {
            tracker.observe(f, f / 24.0, List.of());
            assertThat(covers(tracker.regionsAt(f, 0.3, W, H), movingBox(f, 4)))
                    .as("frame %d while the detector misses", f).isTrue();
        }
    }

    @Test
    void newFaceElsewhereStartsANewTrack() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 4);
        tracker.observe(0, 0, List.of(face(new Box(100, 100, 60, 60))));
        tracker.observe(1, 1 / 24.0, List.of(face(new Box(102, 100, 60, 60)), face(new Box(800, 400, 80, 80))));
        assertThat(tracker.activeTracks()).isEqualTo(2);
        List<TrackSummary> tracks = tracker.finish();
        assertThat(tracks).extracting(TrackSummary::id).containsExactly(1, 2);
        assertThat(tracks.get(0).detections()).isEqualTo(2);
        assertThat(tracks.get(1).firstSeconds()).isEqualTo(1 / 24.0);
    }

    @Test
    void trackEndsAfterTooManyMissesAndItsRegionFadesAfterTheHistory() {
        FaceTracker tracker = new FaceTracker(0.1, 3, 2);
        tracker.observe(0, 0, List.of(face(new Box(100, 100, 60, 60))));
        for (long f = 1; f <= 4; f++) {
            tracker.observe(f, f / 24.0, List.of());
        }
        assertThat(tracker.activeTracks()).isZero();
        assertThat(tracker.regionsAt(4, 0.3, W, H)).as("still covered just after the end").isNotEmpty();
        for (long f = 5; f <= 7; f++) {
            tracker.observe(f, f / 24.0, List.of());
        }
        tracker.release(6);
        assertThat(tracker.regionsAt(7, 0.3, W, H)).isEmpty();
        assertThat(tracker.finish()).hasSize(1);
    }

    @Test
    void regionIsTheUnionOfRecentBoxesPaddedThirtyPercent() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 4);
        for (long f = 0; f <= 4; f++) {
            tracker.observe(f, f / 24.0, List.of(face(movingBox(f, 5))));
        }
        Box union = Box.unionOf(List.of(movingBox(0, 5), movingBox(4, 5)));
        List<Box> regions = tracker.regionsAt(4, 0.3, W, H);
        assertThat(regions).hasSize(1);
        assertThat(covers(regions, union.pad(0.3))).isTrue();
    }

    @Test
    void oneUndersizedDetectionDoesNotShrinkTheRegion() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 0);
        for (long f = 0; f < 6; f++) {
            tracker.observe(f, f / 24.0, List.of(face(new Box(100, 100, 80, 80))));
        }
        tracker.observe(6, 6 / 24.0, List.of(face(new Box(120, 120, 40, 40))));
        Box region = tracker.regionsAt(6, 0, W, H).get(0);
        assertThat(region.width()).isGreaterThanOrEqualTo(60);
        assertThat(region.height()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "detecting every {0} frames at {1} px/frame covers every frame")
    @CsvSource({"1, 12", "2, 10", "3, 8", "4, 6"})
    void framesBetweenDetectionsAreCoveredByTheBoxesOnBothSides(int cadence, int speed) {
        FaceTracker tracker = new FaceTracker(0.1, 12, 2);
        long written = -1;
        for (long d = 0; d <= 60; d += cadence) {
            tracker.observe(d, d / 24.0, List.of(face(movingBox(d, speed))));
            for (long f = written + 1; f <= d; f++) {
                assertThat(covers(tracker.regionsAt(f, 0.3, W, H), movingBox(f, speed))).as("frame %d", f).isTrue();
            }
            written = d;
            tracker.release(written);
        }
    }

    @Test
    void faceThatAppearsBetweenDetectionsIsCoveredBackToTheLastDetection() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 2);
        tracker.observe(0, 0, List.of());
        Box face = new Box(300, 300, 50, 50);
        tracker.observe(3, 3 / 24.0, List.of(face(face)));
        for (long f = 1; f <= 3; f++) {
            assertThat(covers(tracker.regionsAt(f, 0.3, W, H), face)).as("frame %d", f).isTrue();
        }
    }

    @Test
    void summaryPathIsSampledAboutOncePerSecondNotPerFrame() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 4);
        for (long f = 0; f < 240; f++) {
            double score = f % 2 == 0 ? 0.8 : 0.6;
            tracker.observe(f, f / 24.0, List.of(new Face(new Box(100 + (int) f / 4, 100, 60, 60), score, "test")));
        }
        TrackSummary t = tracker.finish().get(0);
        assertThat(t.path()).hasSizeBetween(10, 12);
        assertThat(t.path().get(t.path().size() - 1).seconds()).isEqualTo(239 / 24.0);
        assertThat(t.meanConfidence()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.maxConfidence()).isEqualTo(0.8);
        assertThat(t.detections()).isEqualTo(240);
    }

    @Test
    void regionsAreClippedToTheFrame() {
        FaceTracker tracker = new FaceTracker(0.1, 8, 2);
        tracker.observe(0, 0, List.of(face(new Box(W - 30, -10, 60, 60))));
        Box r = tracker.regionsAt(0, 0.3, W, H).get(0);
        assertThat(r.right()).isLessThanOrEqualTo(W);
        assertThat(r.y()).isGreaterThanOrEqualTo(0);
    }
}
