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
 * @param proof           what the face proof found, null when faces were not proven
 */
public record VideoResult(int width, int height, double frameRate, long frames, double durationSeconds,
                          int detectEvery, long detectorRuns, boolean audioKept, List<TrackSummary> tracks, ProofSummary proof) {
    public VideoResult {
        tracks = List.copyOf(tracks);
    }

    /**
     * The face proof of a video ({@code redact --prove-faces}).
     *
     * @param frames      frames proven (the first detection of every second)
     * @param faces       faces proven on them
     * @param filledSolid faces that failed in the chosen style and were filled solid on their frame
     * @param failed      faces that failed even after the solid fill (the video then fails)
     */
    public record ProofSummary(int frames, int faces, int filledSolid, int failed) {
    }

    /** The report's media type for the output. */
    public String mediaType() {
        return "video/mp4";
    }
}
