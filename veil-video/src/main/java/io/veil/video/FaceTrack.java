package io.veil.video;

import io.veil.model.Box;
import io.veil.spi.FaceDetector.Face;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One face followed across frames: its recent boxes (observed or predicted), a constant-velocity motion model
 * and a smoothed size, and the running numbers for its {@link TrackSummary}. Mutable; owned by one
 * {@link FaceTracker}.
 */
final class FaceTrack {
    /** Weight of the newest measurement in the velocity and size averages. */
    private static final double ALPHA = 0.5;
    /** A predicted box grows by this fraction per frame without a detection (the face may have moved). */
    private static final double GROWTH_PER_MISSED_FRAME = 0.03;
    private static final double MAX_GROWTH = 1.6;
    static final double PATH_INTERVAL_SECONDS = 1.0;
    private static final double PATH_CHANGE_IOU = 0.5;

    private record Entry(long frame, Box box) {
    }

    private final int id;
    private final String detector;
    private final Deque<Entry> history = new ArrayDeque<>();
    private final List<PathPoint> path = new ArrayList<>();
    private final double firstSeconds;
    private double lastSeconds;
    private Box lastObserved;
    private long lastObservedFrame;
    private double cx, cy, w, h, vx, vy;
    private int detections;
    private double scoreSum, scoreMax;

    FaceTrack(int id, long frame, double seconds, Face face) {
        this.id = id;
        this.detector = face.detector();
        this.firstSeconds = seconds;
        Box b = face.box();
        cx = b.x() + b.width() / 2.0;
        cy = b.y() + b.height() / 2.0;
        w = b.width();
        h = b.height();
        record(frame, seconds, face);
    }

    int id() {
        return id;
    }

    long lastObservedFrame() {
        return lastObservedFrame;
    }

    long lastEntryFrame() {
        return history.isEmpty() ? lastObservedFrame : history.peekLast().frame();
    }

    /** Where the face should be at {@code frame}: moved at its velocity, grown while unseen. */
    Box predict(long frame) {
        long dt = Math.max(0, frame - lastObservedFrame);
        double grow = Math.min(MAX_GROWTH, 1 + GROWTH_PER_MISSED_FRAME * dt);
        return centred(cx + vx * dt, cy + vy * dt, w * grow, h * grow);
    }

    /** A detection matched this track at {@code frame}. */
    void observe(long frame, double seconds, Face face) {
        Box b = face.box();
        double ncx = b.x() + b.width() / 2.0, ncy = b.y() + b.height() / 2.0;
        long dt = Math.max(1, frame - lastObservedFrame);
        vx = ALPHA * (ncx - cx) / dt + (1 - ALPHA) * vx;
        vy = ALPHA * (ncy - cy) / dt + (1 - ALPHA) * vy;
        cx = ncx;
        cy = ncy;
        w = ALPHA * b.width() + (1 - ALPHA) * w;
        h = ALPHA * b.height() + (1 - ALPHA) * h;
        record(frame, seconds, face);
    }

    /** No detection matched at {@code frame}: carry the predicted box so the face stays covered. */
    void coast(long frame) {
        history.addLast(new Entry(frame, predict(frame)));
    }

    private void record(long frame, double seconds, Face face) {
        Box raw = face.box();
        // Never smaller than the smoothed size: one undersized detection must not shrink the blur.
        Box steady = raw.union(centred(cx, cy, Math.max(w, raw.width()), Math.max(h, raw.height())));
        history.addLast(new Entry(frame, steady));
        lastObserved = raw;
        lastObservedFrame = frame;
        lastSeconds = seconds;
        detections++;
        scoreSum += face.score();
        scoreMax = Math.max(scoreMax, face.score());
        PathPoint last = path.isEmpty() ? null : path.get(path.size() - 1);
        if (last == null || seconds - last.seconds() >= PATH_INTERVAL_SECONDS || last.box().iou(raw) < PATH_CHANGE_IOU) {
            path.add(new PathPoint(seconds, raw));
        }
    }

    /**
     * The region to destroy at {@code frame}: the union of this track's boxes from {@code historyFrames} back up to
     * the first box at or after the frame (the next detection, already known because frames are written behind
     * the detector). Empty when the track has no box near the frame.
     */
    Box region(long frame, int historyFrames) {
        Box union = null;
        for (Entry e : history) {
            boolean recent = e.frame() <= frame && e.frame() >= frame - historyFrames;
            boolean next = e.frame() >= frame;
            if (recent || next) {
                union = union == null ? e.box() : union.union(e.box());
            }
            if (next) {
                break;
            }
        }
        return union;
    }

    /** Forgets boxes that no frame at or after {@code frame} can use. */
    void trim(long frame, int historyFrames) {
        while (history.size() > 1 && history.peekFirst().frame() < frame - historyFrames) {
            history.removeFirst();
        }
    }

    TrackSummary summary() {
        List<PathPoint> p = new ArrayList<>(path);
        if (p.get(p.size() - 1).seconds() < lastSeconds) {
            p.add(new PathPoint(lastSeconds, lastObserved));
        }
        return new TrackSummary(id, firstSeconds, lastSeconds, p, detections, scoreSum / detections, scoreMax, detector);
    }

    private static Box centred(double cx, double cy, double w, double h) {
        return Box.ofCorners((int) Math.floor(cx - w / 2), (int) Math.floor(cy - h / 2),
                (int) Math.ceil(cx + w / 2), (int) Math.ceil(cy + h / 2));
    }
}
