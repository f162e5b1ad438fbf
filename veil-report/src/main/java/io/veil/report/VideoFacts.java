package io.veil.report;

import io.veil.model.Box;
import java.util.List;

/**
 * What a video report says about the video itself, beside the usual findings: geometry, pacing of the face
 * detector and the face tracks. The report stage's own input, so that it does not depend on the video stage;
 * the CLI maps the video stage's result to it. Holds boxes and scores only, never pixels. Immutable.
 *
 * <pre>{@code
 * VideoFacts facts = new VideoFacts(1280, 720, 30, 900, 30.0, 1, false,
 *         List.of(new VideoFacts.Track(1, 0.0, 12.5, 375, 0.91, 0.98, "blazeface",
 *                 List.of(new VideoFacts.Point(0.0, new Box(100, 80, 120, 150))))));
 * }</pre>
 *
 * @param width           frame width in pixels
 * @param height          frame height in pixels
 * @param frameRate       frames per second
 * @param frames          frames written
 * @param durationSeconds length of the video
 * @param detectEvery     the detector ran on every n-th frame (1 = every frame)
 * @param audioKept       whether the output has an audio track
 * @param tracks          every face track, in order of first appearance (the report keeps only
 *                        {@link Track#reportable() reportable} ones)
 * @param proof           the face proof ({@code --prove-faces}), null when faces were not proven
 */
public record VideoFacts(int width, int height, double frameRate, long frames, double durationSeconds, int detectEvery,
                         boolean audioKept, List<Track> tracks, Proof proof) {

    /** Tracks matched by fewer detections are likely false alarms: blurred all the same, left out of the report. */
    public static final int MIN_DETECTIONS = 3;

    public VideoFacts {
        if (width < 1 || height < 1 || frames < 0 || detectEvery < 1 || !(frameRate >= 0) || !(durationSeconds >= 0)) {
            throw new IllegalArgumentException("inconsistent video facts " + width + "x" + height + ", " + frames + " frames");
        }
        tracks = List.copyOf(tracks);
    }

    /** Without a face proof. */
    public VideoFacts(int width, int height, double frameRate, long frames, double durationSeconds, int detectEvery,
                      boolean audioKept, List<Track> tracks) {
        this(width, height, frameRate, frames, durationSeconds, detectEvery, audioKept, tracks, null);
    }

    /**
     * The face proof of a video: frames proven (the first detection of every second), faces proven on them, and
     * faces that failed in the chosen style and were filled solid on their frame (then proven anonymous).
     */
    public record Proof(int frames, int faces, int filledSolid) {
        public Proof {
            if (frames < 0 || faces < 0 || filledSolid < 0 || filledSolid > faces) {
                throw new IllegalArgumentException("inconsistent face proof counts");
            }
        }
    }

    /** The tracks the report lists. */
    public List<Track> reportableTracks() {
        return tracks.stream().filter(Track::reportable).toList();
    }

    /**
     * One face followed through the video.
     *
     * @param id             1-based, in order of first appearance
     * @param firstSeconds   time of the first detection
     * @param lastSeconds    time of the last detection
     * @param detections     detector runs that matched this track
     * @param meanConfidence mean detector score
     * @param maxConfidence  highest detector score
     * @param detector       id of the detector that found it first
     * @param path           sampled tight boxes in time order, never empty
     */
    public record Track(int id, double firstSeconds, double lastSeconds, int detections, double meanConfidence,
                        double maxConfidence, String detector, List<Point> path) {
        public Track {
            if (id < 1 || detections < 1 || !(firstSeconds >= 0) || lastSeconds < firstSeconds || path == null
                    || path.isEmpty() || detector == null || detector.isBlank()) {
                throw new IllegalArgumentException("inconsistent track " + id);
            }
            if (!(meanConfidence >= 0 && meanConfidence <= 1 && maxConfidence >= 0 && maxConfidence <= 1)) {
                throw new IllegalArgumentException("confidences must be within [0, 1] for track " + id);
            }
            path = List.copyOf(path);
        }

        /** Whether the report lists it: at least {@link #MIN_DETECTIONS} detections. */
        public boolean reportable() {
            return detections >= MIN_DETECTIONS;
        }
    }

    /** Where a tracked face was (tight detector box, pixels) at {@code seconds} from the start. */
    public record Point(double seconds, Box box) {
        public Point {
            if (!(seconds >= 0) || box == null) {
                throw new IllegalArgumentException("a path point needs a time >= 0 and a box");
            }
        }
    }
}
