package io.veil.video;

import java.util.List;

/**
 * What {@link VideoAnonymizer} did to one video: the output's geometry and length, the face tracks found, and
 * how detection was paced. Holds no pixels and no values, only boxes and scores. Immutable.
 *
 * @param width           frame width in pixels (same as the input's, after display rotation)
 * @param height          frame height in pixels
 * @param frameRate       frames per second written
 * @param frames          video frames written (all decoded frames; none are dropped)
 * @param durationSeconds time of the last frame plus one frame interval
 * @param detectEvery     detection cadence that was used
 * @param detectorRuns    how many frames the face detector ran on
 * @param audioKept       whether an audio track was written
 * @param tracks          face tracks in order of first appearance
 */
public record VideoResult(int width, int height, double frameRate, long frames, double durationSeconds,
                          int detectEvery, long detectorRuns, boolean audioKept, List<TrackSummary> tracks) {
    public VideoResult {
        tracks = List.copyOf(tracks);
    }

    /** The report's media type for the output. */
    public String mediaType() {
        return "video/mp4";
    }
}
