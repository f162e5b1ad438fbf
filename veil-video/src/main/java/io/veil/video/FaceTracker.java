package io.veil.video;

import io.veil.model.Box;
import io.veil.spi.FaceDetector.Face;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows faces between detector runs so no face is left sharp for a frame. Detections are matched to tracks
 * greedily by the overlap with each track's constant-velocity prediction; an unmatched detection starts a track;
 * a track without a match coasts on its prediction (growing) for up to {@code maxMissedFrames} frames and then
 * ends. The region to blur on a frame is the union of a track's boxes over the last {@code historyFrames} frames
 * and its next known box, padded: it grows with motion instead of jittering.
 *
 * <p>Frames are expected in order; {@link #regionsAt} may be asked for any frame up to the last observed one
 * and not before the last {@link #release}. Not thread-safe: one tracker per video.
 *
 * <pre>{@code
 * FaceTracker tracker = new FaceTracker(0.1, 12, 6);
 * tracker.observe(0, 0.0, detector.detect(frame0));
 * List<Box> blur = tracker.regionsAt(0, 0.3, width, height);
 * List<TrackSummary> tracks = tracker.finish();
 * }</pre>
 */
public final class FaceTracker {
    /** Without overlap a detection still continues a track if its centre is this close (in box sizes) and its size similar. */
    private static final double CENTRE_REACH = 0.75;

    private final double matchIou;
    private final int maxMissedFrames;
    private final int historyFrames;
    private final List<FaceTrack> active = new ArrayList<>();
    private final List<FaceTrack> ending = new ArrayList<>();
    private final List<TrackSummary> finished = new ArrayList<>();
    private int nextId = 1;

    public FaceTracker(double matchIou, int maxMissedFrames, int historyFrames) {
        if (!(matchIou > 0 && matchIou < 1) || maxMissedFrames < 0 || historyFrames < 0) {
            throw new IllegalArgumentException("bad tracker settings");
        }
        this.matchIou = matchIou;
        this.maxMissedFrames = maxMissedFrames;
        this.historyFrames = historyFrames;
    }

    public static FaceTracker of(VideoOptions o) {
        return new FaceTracker(o.matchIou(), o.maxMissedFrames(), o.historyFrames());
    }

    /** Takes the detector's faces for {@code frame} (shown at {@code seconds}). */
    public void observe(long frame, double seconds, List<Face> faces) {
        record Pair(int track, int face, double affinity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < active.size(); t++) {
            Box predicted = active.get(t).predict(frame);
            for (int f = 0; f < faces.size(); f++) {
                double a = affinity(predicted, faces.get(f).box());
                if (a > 0) {
                    pairs.add(new Pair(t, f, a));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::affinity).reversed());
        boolean[] trackTaken = new boolean[active.size()];
        boolean[] faceTaken = new boolean[faces.size()];
        for (Pair p : pairs) {
            if (!trackTaken[p.track()] && !faceTaken[p.face()]) {
                trackTaken[p.track()] = true;
                faceTaken[p.face()] = true;
                active.get(p.track()).observe(frame, seconds, faces.get(p.face()));
            }
        }
        List<FaceTrack> still = new ArrayList<>();
        for (int t = 0; t < active.size(); t++) {
            FaceTrack track = active.get(t);
            if (!trackTaken[t]) {
                if (frame - track.lastObservedFrame() > maxMissedFrames) {
                    finished.add(track.summary());
                    ending.add(track);
                    continue;
                }
                track.coast(frame);
            }
            still.add(track);
        }
        active.clear();
        active.addAll(still);
        for (int f = 0; f < faces.size(); f++) {
            if (!faceTaken[f] && !faces.get(f).box().isEmpty()) {
                active.add(new FaceTrack(nextId++, frame, seconds, faces.get(f)));
            }
        }
    }

    /** Overlap with the prediction, or a weak match when the centre is near and the size alike (fast motion). */
    private double affinity(Box predicted, Box face) {
        double iou = predicted.iou(face);
        if (iou >= matchIou) {
            return iou;
        }
        double dx = (face.x() + face.width() / 2.0) - (predicted.x() + predicted.width() / 2.0);
        double dy = (face.y() + face.height() / 2.0) - (predicted.y() + predicted.height() / 2.0);
        double size = Math.max(1, Math.max(predicted.width(), predicted.height()));
        double ratio = (double) Math.max(1, face.width()) / Math.max(1, predicted.width());
        boolean near = Math.hypot(dx, dy) <= CENTRE_REACH * size && ratio > 0.5 && ratio < 2;
        return near ? matchIou * 0.5 : 0;
    }

    /** The padded, clipped regions to destroy on {@code frame}, one per track that covers it. */
    public List<Box> regionsAt(long frame, double padding, int width, int height) {
        List<Box> out = new ArrayList<>();
        for (List<FaceTrack> group : List.of(active, ending)) {
            for (FaceTrack t : group) {
                Box r = t.region(frame, historyFrames);
                if (r != null) {
                    Box clipped = r.pad(padding).clip(width, height);
                    if (!clipped.isEmpty()) {
                        out.add(clipped);
                    }
                }
            }
        }
        return out;
    }

    /** Frames up to {@code frame} are written: forget what only they needed (keeps memory flat on long videos). */
    public void release(long frame) {
        ending.removeIf(t -> t.lastEntryFrame() + historyFrames <= frame);
        for (FaceTrack t : active) {
            t.trim(frame + 1, historyFrames);
        }
    }

    /** Tracks alive now (for tests and progress). */
    public int activeTracks() {
        return active.size();
    }

    /** Ends every track and returns all summaries in order of first appearance. */
    public List<TrackSummary> finish() {
        for (FaceTrack t : active) {
            finished.add(t.summary());
        }
        active.clear();
        ending.clear();
        List<TrackSummary> all = new ArrayList<>(finished);
        all.sort(Comparator.comparingInt(TrackSummary::id));
        return all;
    }
}
