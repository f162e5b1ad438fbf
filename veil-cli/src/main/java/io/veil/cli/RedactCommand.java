package io.veil.cli;

import io.veil.faces.FaceAnonymityCheck;
import io.veil.model.FaceStyle;
import io.veil.model.ScanResult;
import io.veil.pipeline.Anonymizer;
import io.veil.pipeline.FileFacts;
import io.veil.pipeline.RedactionPlanner;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.report.ReportBuilder;
import io.veil.video.VideoOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil redact}: detect, redact, verify, report and audit. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Detect and irreversibly remove personal data, verify the output by scanning it again, write a "
                + "JSON report per file and record an audit row (no personal data in it).",
            "Inputs are never modified unless --in-place is given.",
            "Videos (mp4 m4v mov webm mkv) come out as H.264 MP4 with faces blurred on every frame, no metadata, no audio unless --keep-audio."})
final class RedactCommand implements Callable<Integer> {
    /** Fraction by which face boxes grow on every side unless --face-padding says otherwise. */
    static final double DEFAULT_FACE_PADDING = 0.3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to redact.")
    List<Path> paths;

    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", required = true,
                description = "Where redacted files go (sub-folders of a folder input are kept).")
        Path out;

        @Option(names = "--in-place", required = true,
                description = "Replace each input with its redacted version (atomically, only after verification).")
        boolean inPlace;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Where reports go (default: the --out folder, or ./reports with --in-place).")
    Path reportDir;

    @Option(names = "--face-style", paramLabel = "STYLE", defaultValue = "blur",
            description = "How faces are destroyed: blur, pixelate or solid (default: ${DEFAULT-VALUE}).")
    String faceStyle;

    @Option(names = "--face-padding", paramLabel = "F", defaultValue = "" + DEFAULT_FACE_PADDING,
            description = "Grow face boxes by this fraction on every side (default: ${DEFAULT-VALUE}).")
    double facePadding;

    @Option(names = "--audit-db", paramLabel = "FILE",
            description = "Audit database file (default: ~/.veil/audit.db; its HMAC key sits beside it).")
    Path auditDb;

    @Option(names = "--mask-values", description = "Keep detected values out of the reports.")
    boolean maskValues;

    @Option(names = "--keep-audio", description = "Videos: keep the audio track (re-encoded); by default it is dropped.")
    boolean keepAudio;

    @Option(names = "--detect-every", paramLabel = "N", defaultValue = "0",
            description = "Videos: run the face detector on every N-th frame, 1 to 30; 0 = automatic (every frame up to "
                    + "30 s, else every 2nd). Frames between are covered by the face tracks (default: ${DEFAULT-VALUE}).")
    int detectEvery;

    @Option(names = "--prove-faces",
            description = "Verification also proves every redacted face anonymous: a face-recognition model must no longer "
                    + "match it with its original and the detectors must no longer find it. A face that fails is filled solid "
                    + "and proven again; if it still fails, the file fails. Videos: one frame per second is proven (slower).")
    boolean proveFaces;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        FaceStyle style = parseStyle(faceStyle);
        if (!(facePadding >= 0 && facePadding <= 2)) {
            throw new UsageException("--face-padding must be between 0 and 2, got " + facePadding);
        }
        if (proveFaces && engine.noFaces) {
            throw new UsageException("--prove-faces needs face detection; drop --no-faces");
        }
        if (detectEvery < 0 || detectEvery > 30) {
            throw new UsageException("--detect-every must be 0 (automatic) to 30, got " + detectEvery);
        }
        Path outDir = target.inPlace ? null : target.out.toAbsolutePath().normalize();
        List<Inputs.Input> inputs = Inputs.expand(paths, outDir, reportDir);
        if (inputs.isEmpty()) {
            throw new UsageException("no images, PDFs, text files or videos found under " + paths);
        }
        Path reports = reportDir != null ? reportDir : target.inPlace ? Path.of("reports") : outDir;
        ReportBuilder builder = new ReportBuilder(maskValues, Main.VERSION);
        ReportFiles reportFiles = new ReportFiles(builder, reports);
        AuditTrail trail = AuditTrail.open(auditDb);
        Progress progress = new Progress(System.out, System.err, inputs.size());
        int failed;
        try (Engines engines = Engines.load(engine); trail; FaceAnonymityCheck proof = proveFaces ? engines.faceProof() : null) {
            Anonymizer plain = new Anonymizer(engines.scanner, new RedactionPlanner(facePadding), engines.redactors(), style);
            Anonymizer anonymizer = proof == null ? plain : plain.withFaceProof(proof);
            String versions = engines.scanner.versions();
            VideoOptions videoOptions = VideoOptions.defaults().withDetectEvery(detectEvery).withKeepAudio(keepAudio)
                    .withStyle(style).withPadding(facePadding);
            VideoJobs videos = new VideoJobs(engines.faces(), new DefaultPageRedactor(), videoOptions, proof, builder, reportFiles, trail, versions);
            LargeText large = new LargeText(engines.scanner, engine.streamTextOverMb);
            failed = Batch.run(inputs, engine.threads, progress, in -> {
                if (VideoJobs.isVideo(in)) {
                    // A video cannot be replaced in place: its output is always MP4 and the input is never overwritten.
                    return target.inPlace
                            ? new Batch.FileOutcome("FAIL " + in.file() + "  videos are not redacted --in-place; use --out", true)
                            : videos.redact(in, VideoJobs.outputPath(outDir, in));
                }
                long t0 = System.nanoTime();
                Path output = target.inPlace ? in.file() : outputPath(outDir, in);
                Anonymizer.Outcome o = large.handles(in.file()) ? large.redact(in.file(), output) : anonymizer.redact(in.file(), output);
                ScanResult r = o.result();
                long millis = (System.nanoTime() - t0) / 1_000_000;
                String outSha = null;
                try {
                    outSha = o.output() == null ? null : FileFacts.sha256(o.output());
                    reportFiles.write(in, r);
                } catch (IOException e) {
                    return new Batch.FileOutcome("FAIL " + in.file() + "  cannot write report: " + e.getMessage(), true);
                }
                trail.record(r, "redact", outSha, versions, millis);
                String took = Batch.seconds(System.nanoTime() - t0);
                return r.failed()
                        ? new Batch.FileOutcome("FAIL " + in.file() + "  " + Batch.errors(r) + "  " + took, true)
                        : new Batch.FileOutcome("ok   " + in.file() + " -> " + o.output() + "  " + Batch.describe(r) + "  " + took, false);
            });
        }
        System.out.printf("%d file(s) redacted, %d failed; reports in %s; audit in %s%n", inputs.size() - failed, failed, reports, trail.file());
        return failed > 0 ? 1 : 0;
    }

    /** OUT/<relative path>; the extension follows the format written (GIF and WebP become PNG). */
    static Path outputPath(Path outDir, Inputs.Input in) {
        return outDir.resolve(in.relative().toString());
    }

    private static FaceStyle parseStyle(String s) {
        try {
            return FaceStyle.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--face-style must be blur, pixelate or solid, got '" + s + "'");
        }
    }
}
