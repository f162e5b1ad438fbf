package io.veil.video;

import java.util.List;

/**
 * What the report says about one face track: a compact box path (one point per second or when the box moved
 * noticeably, plus the last sighting) rather than a box per frame. Boxes are the tight detector boxes; the
 * blurred regions were padded and grown around them. Immutable.
 *
 * <pre>{@code
 * for (TrackSummary t : result.tracks()) {
 *     System.out.printf("face %d %.1f-%.1f s, %d detections%n", t.id(), t.firstSeconds(), t.lastSeconds(), t.detections());
 * }
 * }</pre>
 *
 * @param id             1-based, in order of first appearance
 * @param firstSeconds   time of the first detection
 * @param lastSeconds    time of the last detection (the blur continued for the miss allowance after it)
 * @param path           sampled boxes, in time order, never empty
 * @param detections     how many detector runs matched this track
 * @param meanConfidence mean detector score over those detections
 * @param maxConfidence  highest detector score
 * @param detector       id of the detector that found the face first
 */
public record TrackSummary(int id, double firstSeconds, double lastSeconds, List<PathPoint> path, int detections,
                           double meanConfidence, double maxConfidence, String detector) {
    public TrackSummary {
        if (id < 1 || path.isEmpty() || detections < 1 || lastSeconds < firstSeconds) {
            throw new IllegalArgumentException("inconsistent track summary " + id);
        }
        path = List.copyOf(path);
    }
}
