package io.veil.cli;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.FileError;
import io.veil.spi.FaceProof;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.PageInfo;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.pipeline.FileFacts;
import io.veil.report.ReportBuilder;
import io.veil.report.VideoFacts;
import io.veil.report.VideoReports;
import io.veil.spi.FaceDetector;
import io.veil.spi.InputRejectedException;
import io.veil.spi.PageRedactor;
import io.veil.video.PathPoint;
import io.veil.video.TrackSummary;
import io.veil.video.VideoAnonymizer;
import io.veil.video.VideoFormat;
import io.veil.video.VideoOptions;
import io.veil.video.VideoProgress;
import io.veil.video.VideoResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The video branch of {@code scan} and {@code redact}: runs the {@link VideoAnonymizer}, writes the video report
 * (the file's report plus its face tracks), and records one audit row per video with one face finding per reported
 * track (no values). One bad video fails that file only. Thread-safe: built once per command, shared by the batch.
 */
final class VideoJobs {
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final VideoAnonymizer anonymizer;
    private final VideoReports reports;
    private final ReportFiles files;
    private final AuditTrail trail;
    private final String versions;

    /**
     * {@code faces} may be null (--no-faces): every video then fails, as it cannot be anonymised. {@code proof} may
     * be null (no --prove-faces).
     */
    VideoJobs(FaceDetector faces, PageRedactor redactor, VideoOptions options, FaceProof proof, ReportBuilder builder,
              ReportFiles files, AuditTrail trail, String versions) {
        VideoAnonymizer a = faces == null ? null : new VideoAnonymizer(faces, redactor, options);
        this.anonymizer = a == null || proof == null ? a : a.withFaceProof(proof);
        this.reports = new VideoReports(builder);
        this.files = files;
        this.trail = trail;
        this.versions = versions;
    }

    static boolean isVideo(Inputs.Input in) {
        return VideoFormat.isVideo(in.file());
    }

    /** OUT/<relative path> with the extension replaced: the output is always H.264 in MP4. */
    static Path outputPath(Path outDir, Inputs.Input in) {
        String rel = in.relative().toString();
        // Appended, not replaced: clip.mov and clip.mp4 in one folder must not write the same output.
        return outDir.resolve(rel.toLowerCase(java.util.Locale.ROOT).endsWith(".mp4") ? rel : rel + ".mp4");
    }

    /** Anonymises {@code in} into {@code output} (never the input itself). */
    Batch.FileOutcome redact(Inputs.Input in, Path output) {
        return run(in, output, "redact");
    }

    /**
     * Finds the faces of {@code in} without keeping anything: the anonymiser has no detect-only mode, so the video
     * is anonymised into a temporary file that is deleted at once (as slow as a redaction).
     */
    Batch.FileOutcome scan(Inputs.Input in) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("veil-scan-");
            return run(in, dir.resolve("scan.mp4"), "scan");
        } catch (IOException e) {
            return new Batch.FileOutcome("FAIL " + in.file() + "  cannot create a temporary file: " + e.getMessage(), true);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("scan.mp4"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // A leftover blurred temporary file holds no personal data; nothing to undo.
                }
            }
        }
    }

    private Batch.FileOutcome run(Inputs.Input in, Path output, String action) {
        long t0 = System.nanoTime();
        SourceInfo described = FileFacts.describe(in.file());
        SourceInfo source = new SourceInfo(described.fileName(), described.sha256(), described.sizeBytes(),
                VideoFormat.of(in.file()).map(VideoFormat::mediaType).orElse(described.mediaType()), List.of());
        String error;
        try {
            if (anonymizer == null) {
                throw new InputRejectedException("face detection is off (--no-faces); videos cannot be anonymised without it");
            }
            VideoResult v = anonymizer.anonymize(in.file(), output, consoleProgress(in.file()));
            VideoFacts facts = facts(v);
            ScanResult r = new ScanResult(withFrame(source, v), List.of(), findings(facts), List.of(), null, List.of(), Instant.now());
            String outSha = "redact".equals(action) ? FileFacts.sha256(output) : null;
            files.write(in, reports.toJson(r, facts));
            trail.record(r, action, outSha, versions, (System.nanoTime() - t0) / 1_000_000);
            String fps = String.format(Locale.ROOT, "%d frames at %.1f fps", v.frames(), v.frameRate());
            String to = "redact".equals(action) ? " -> " + output : "";
            return new Batch.FileOutcome("ok   " + in.file() + to + "  " + facts.reportableTracks().size() + " face track(s), "
                    + fps + ", " + Batch.describe(r) + "  " + Batch.seconds(System.nanoTime() - t0), false);
        } catch (InputRejectedException | IOException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            // Engine failures: say what failed, not what the message might quote.
            error = "internal error: " + e.getClass().getSimpleName();
        }
        ScanResult failed = ScanResult.failed(source, new FileError("video", error == null ? "unreadable video" : error, 0));
        try {
            files.write(in, reports.builder().toJson(failed));
        } catch (IOException e) {
            // The summary line below already fails the file.
        }
        trail.record(failed, action, null, versions, (System.nanoTime() - t0) / 1_000_000);
        return new Batch.FileOutcome("FAIL " + in.file() + "  video: " + error + "  " + Batch.seconds(System.nanoTime() - t0), true);
    }

    private static SourceInfo withFrame(SourceInfo s, VideoResult v) {
        return new SourceInfo(s.fileName(), s.sha256(), s.sizeBytes(), s.mediaType(), List.of(new PageInfo(1, v.width(), v.height(), "px")));
    }

    static VideoFacts facts(VideoResult v) {
        List<VideoFacts.Track> tracks = new ArrayList<>();
        for (TrackSummary t : v.tracks()) {
            List<VideoFacts.Point> path = t.path().stream().map((PathPoint p) -> new VideoFacts.Point(p.seconds(), p.box())).toList();
            tracks.add(new VideoFacts.Track(t.id(), t.firstSeconds(), t.lastSeconds(), t.detections(), t.meanConfidence(),
                    t.maxConfidence(), t.detector(), path));
        }
        VideoFacts.Proof proof = v.proof() == null ? null : new VideoFacts.Proof(v.proof().frames(), v.proof().faces(), v.proof().filledSolid());
        return new VideoFacts(v.width(), v.height(), v.frameRate(), v.frames(), v.durationSeconds(), v.detectEvery(), v.audioKept(), tracks, proof);
    }

    /** One face finding per reported track, at its first box, so that summary, risk and audit count the faces. */
    private static List<Finding> findings(VideoFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (VideoFacts.Track t : facts.reportableTracks()) {
            var first = t.path().get(0).box();
            out.add(new Finding(Category.FACE_BIOMETRIC, "face " + first.width() + "x" + first.height() + " px", 1, null,
                    List.of(first), Origin.IMAGE, t.detector(), Explanation.of(t.detector(), t.meanConfidence()),
                    Map.of("track_id", String.valueOf(t.id())), Category.FACE_BIOMETRIC.defaultRedaction()));
        }
        return out;
    }

    /** Frames per second on stderr, at most twice a second, only when a person is watching. */
    private static VideoProgress consoleProgress(Path file) {
        if (System.console() == null) {
            return VideoProgress.NONE;
        }
        String name = String.valueOf(file.getFileName());
        long[] last = {0};
        return p -> {
            long now = System.nanoTime();
            if (now - last[0] < PROGRESS_EVERY_NANOS) {
                return;
            }
            last[0] = now;
            String total = p.framesTotal() > 0 ? "/" + p.framesTotal() : "";
            System.err.printf(Locale.ROOT, "\r\033[K%s  %d%s frames  %.1f fps", name, p.framesDone(), total, p.framesPerSecond());
            System.err.flush();
        };
    }
}
