package io.veil.video;

import io.veil.model.Box;

/**
 * One sample of a track's box path: where the face was (tight detector box, pixels) at a time in seconds
 * from the start of the video. Immutable.
 */
public record PathPoint(double seconds, Box box) {
    public PathPoint {
        if (!(seconds >= 0) || box == null) {
            throw new IllegalArgumentException("a path point needs a time >= 0 and a box");
        }
    }
}
