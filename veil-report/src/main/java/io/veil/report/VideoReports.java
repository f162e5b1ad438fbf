package io.veil.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.model.ScanResult;

/**
 * Builds the report of one video: the ordinary report of its {@link ScanResult} (one face finding per reported
 * track, so summary, risk, categories, compliance and actions read as for a photo) plus a {@code video} object with
 * the geometry and the face tracks as compact box paths, not a box per frame. Tracks with fewer than
 * {@link VideoFacts#MIN_DETECTIONS} detections are left out. Validates against {@link ReportSchema}.
 *
 * <p>Immutable and thread-safe when the {@link ReportBuilder} is (it is).
 *
 * <pre>{@code
 * VideoReports reports = new VideoReports(new ReportBuilder(false, "0.1.0"));
 * Files.writeString(dir.resolve("clip.mov.json"), reports.toJson(scanResult, videoFacts));
 * }</pre>
 */
public final class VideoReports {
    private final ReportBuilder reports;

    public VideoReports(ReportBuilder reports) {
        if (reports == null) {
            throw new IllegalArgumentException("a report builder is required");
        }
        this.reports = reports;
    }

    /** The builder of the file's part of the report (also for a video that could not be read). */
    public ReportBuilder builder() {
        return reports;
    }

    /** The report of a video as a JSON tree: the file's report with {@code video} added last. */
    public ObjectNode build(ScanResult result, VideoFacts video) {
        ObjectNode r = reports.build(result);
        r.set("video", video(video));
        return r;
    }

    /** The report of a video, pretty-printed like every other report. */
    public String toJson(ScanResult result, VideoFacts video) {
        return ReportBuilder.pretty(build(result, video));
    }

    private static ObjectNode video(VideoFacts v) {
        ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        n.put("width", v.width());
        n.put("height", v.height());
        n.put("frame_rate", InstanceNodes.round(v.frameRate(), 3));
        n.put("frames", v.frames());
        n.put("duration_seconds", InstanceNodes.round(v.durationSeconds(), 3));
        n.put("detect_every", v.detectEvery());
        n.put("audio_kept", v.audioKept());
        if (v.proof() != null) {
            n.putObject("face_proof").put("frames", v.proof().frames()).put("faces", v.proof().faces())
                    .put("filled_solid", v.proof().filledSolid());
        }
        ArrayNode tracks = n.putArray("tracks");
        for (VideoFacts.Track t : v.reportableTracks()) {
            ObjectNode o = tracks.addObject();
            o.put("track_id", t.id());
            o.put("first_seconds", InstanceNodes.round(t.firstSeconds(), 3));
            o.put("last_seconds", InstanceNodes.round(t.lastSeconds(), 3));
            o.put("detections", t.detections());
            o.put("mean_confidence", InstanceNodes.round(t.meanConfidence(), 3));
            o.put("max_confidence", InstanceNodes.round(t.maxConfidence(), 3));
            o.put("detector", t.detector());
            ArrayNode path = o.putArray("box_path");
            for (VideoFacts.Point p : t.path()) {
                path.addObject().put("t", InstanceNodes.round(p.seconds(), 3)).put("x", p.box().x()).put("y", p.box().y())
                        .put("width", p.box().width()).put("height", p.box().height());
            }
        }
        return n;
    }
}
