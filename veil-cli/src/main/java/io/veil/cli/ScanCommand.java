package io.veil.cli;

import io.veil.model.ScanResult;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.report.ReportBuilder;
import io.veil.video.VideoOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil scan}: detect only, one JSON report per input, a summary line per file. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Detect personal data without changing anything; write one JSON report per file.",
            "Folders are walked recursively for images (png jpg tif bmp gif webp) PDFs, text (txt csv json log md eml) and videos (mp4 m4v mov webm mkv; a video is",
            "anonymised into a temporary file that is deleted, so scanning one takes as long as redacting it)."})
final class ScanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan.")
    List<Path> paths;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where reports go, as DIR/<file name>.json (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--mask-values", description = "Keep detected values out of the reports (they are personal data).")
    boolean maskValues;

    @Option(names = "--audit-db", paramLabel = "FILE",
            description = "Audit database file (default: ~/.veil/audit.db; its HMAC key sits beside it).")
    Path auditDb;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        List<Inputs.Input> inputs = Inputs.expand(paths, reportDir);
        if (inputs.isEmpty()) {
            throw new UsageException("no images, PDFs, text files or videos found under " + paths);
        }
        ReportBuilder builder = new ReportBuilder(maskValues, Main.VERSION);
        ReportFiles reports = new ReportFiles(builder, reportDir);
        Progress progress = new Progress(System.out, System.err, inputs.size());
        AuditTrail trail = AuditTrail.open(auditDb);
        int failed;
        try (Engines engines = Engines.load(engine); trail) {
            String versions = engines.scanner.versions();
            VideoJobs videos = new VideoJobs(engines.faces(), new DefaultPageRedactor(), VideoOptions.defaults(), null, builder, reports, trail, versions);
            LargeText large = new LargeText(engines.scanner, engine.streamTextOverMb);
            failed = Batch.run(inputs, engine.threads, progress, in -> {
                if (VideoJobs.isVideo(in)) {
                    return videos.scan(in);
                }
                long t0 = System.nanoTime();
                ScanResult r = large.handles(in.file()) ? large.scan(in.file()) : engines.scanner.scan(in.file());
                try {
                    reports.write(in, r);
                } catch (java.io.IOException e) {
                    return new Batch.FileOutcome("FAIL " + in.file() + "  cannot write report: " + e.getMessage(), true);
                }
                trail.record(r, "scan", null, versions, (System.nanoTime() - t0) / 1_000_000);
                String took = Batch.seconds(System.nanoTime() - t0);
                return r.failed()
                        ? new Batch.FileOutcome("FAIL " + in.file() + "  " + Batch.errors(r) + "  " + took, true)
                        : new Batch.FileOutcome("ok   " + in.file() + "  " + Batch.describe(r) + "  " + took, false);
            });
        }
        System.out.printf("%d file(s) scanned, %d failed; reports in %s; audit in %s%n", inputs.size(), failed, reportDir, trail.file());
        return failed > 0 ? 1 : 0;
    }
}
