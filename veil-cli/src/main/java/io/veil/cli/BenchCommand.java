package io.veil.cli;

import io.veil.model.FaceStyle;
import io.veil.model.TextLayout;
import io.veil.pipeline.Anonymizer;
import io.veil.pipeline.RedactionPlanner;
import io.veil.spi.OcrEngine;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil bench}: images per second and peak heap for scan and redact over a folder of images, and the
 * share of the time spent in OCR. Runs single-threaded per pass so numbers compare across machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure images/s, peak memory and OCR's share of the time for scan and redact over a folder.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Images or folders to measure on.")
    List<Path> paths;

    @Option(names = "--runs", defaultValue = "3", description = "Timed passes after one warm-up pass (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        List<Inputs.Input> inputs = Inputs.expand(paths);
        if (inputs.isEmpty() || runs < 1) {
            throw new UsageException("bench needs at least one image and --runs >= 1");
        }
        AtomicLong ocrNanos = new AtomicLong();
        Path tmp = Files.createTempDirectory("veil-bench");
        try (Engines engines = Engines.load(engine, ocr -> timed(ocr, ocrNanos))) {
            Anonymizer anonymizer = new Anonymizer(engines.scanner, new RedactionPlanner(0.3), engines.redactors(), FaceStyle.BLUR);
            System.out.printf(Locale.ROOT, "%d image(s), %d timed run(s) after a warm-up, 1 thread, %s%n", inputs.size(), runs, Runtime.version());
            System.out.println("| pass   | median s/image | images/s | OCR share | peak heap MB |");
            System.out.println("|--------|---------------:|---------:|----------:|-------------:|");
            for (String pass : List.of("scan", "redact")) {
                resetPeaks();
                List<Double> perImage = new ArrayList<>();
                double ocrShare = 0;
                for (int run = 0; run <= runs; run++) {
                    ocrNanos.set(0);
                    long t0 = System.nanoTime();
                    for (Inputs.Input in : inputs) {
                        if (pass.equals("scan")) {
                            engines.scanner.scan(in.file());
                        } else {
                            anonymizer.redact(in.file(), tmp.resolve(RedactCommand.outputPath(tmp, in).getFileName()));
                        }
                    }
                    long took = System.nanoTime() - t0;
                    if (run > 0) {
                        perImage.add(took / 1e9 / inputs.size());
                        ocrShare = (double) ocrNanos.get() / took;
                    }
                }
                Collections.sort(perImage);
                double median = perImage.get(perImage.size() / 2);
                System.out.printf(Locale.ROOT, "| %-6s | %14.3f | %8.2f | %8.0f%% | %12d |%n", pass, median, 1 / median,
                        ocrShare * 100, peakHeapMb());
            }
        } finally {
            try (var s = Files.walk(tmp)) {
                s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static OcrEngine timed(OcrEngine ocr, AtomicLong nanos) {
        return new OcrEngine() {
            @Override
            public TextLayout read(BufferedImage page) {
                long t0 = System.nanoTime();
                try {
                    return ocr.read(page);
                } finally {
                    nanos.addAndGet(System.nanoTime() - t0);
                }
            }

            @Override
            public String version() {
                return ocr.version();
            }

            @Override
            public void close() {
                ocr.close();
            }
        };
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
