package io.veil.cli;

import io.veil.model.DecodedDocument;
import io.veil.model.Page;
import io.veil.recognize.Recognizers;
import io.veil.spi.Recognizer;
import io.veil.text.TextDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil bench-text}: characters per second and peak heap of the whole scan of text files (decode, every
 * recognizer with the name model, the resolver), on one thread, and which recognizers take the time. The
 * files are read once; each timed pass scans them all.
 */
@Command(name = "bench-text", mixinStandardHelpOptions = true,
        description = "Measure chars/s and peak memory of scanning text files, and the share of each recognizer.")
final class TextBenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (txt, csv, json, jsonl, log, ...) or folders.")
    List<Path> paths;

    @Option(names = "--runs", defaultValue = "3", description = "Timed passes after one warm-up pass (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        engine.noOcr = true;
        engine.noFaces = true;
        engine.noBarcodes = true;
        TextDecoder decoder = new TextDecoder(Engines.TEXT_BUDGET_BYTES);
        List<Path> files = Inputs.expand(paths).stream().map(Inputs.Input::file).filter(decoder::supports).toList();
        if (files.isEmpty() || runs < 1) {
            throw new UsageException("bench-text needs at least one text file and --runs >= 1");
        }
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            DecodedDocument doc = decoder.decode(f);
            for (Page p : doc.pages()) {
                texts.add(p.textLayer().text());
                chars += p.textLayer().text().length();
            }
        }
        List<Recognizer> recognizers = Recognizers.defaults(engine.modelsDir());
        System.out.printf(Locale.ROOT, "%d file(s), %,d chars, %d timed run(s) after a warm-up, 1 thread, %s%n",
                files.size(), chars, runs, Runtime.version());
        try (Engines engines = Engines.load(engine)) {
            BenchCommand.resetPeaks();
            List<Double> scan = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                long t0 = System.nanoTime();
                for (Path f : files) {
                    engines.scanner.scan(f);
                }
                if (run > 0) {
                    scan.add((System.nanoTime() - t0) / 1e9);
                }
            }
            Collections.sort(scan);
            double median = scan.get(scan.size() / 2);
            System.out.println("| pass | median s | chars/s | MB/s | peak heap MB |");
            System.out.println("|------|---------:|--------:|-----:|-------------:|");
            System.out.printf(Locale.ROOT, "| scan | %8.2f | %,7.0f | %4.2f | %12d |%n", median, chars / median,
                    chars / median / 1e6, BenchCommand.peakHeapMb());
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (Recognizer r : recognizers) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                r.find(t, 1);
            }
            nanos.merge(r.id(), System.nanoTime() - t0, Long::sum);
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        System.out.println();
        System.out.println("| recognizer | share of recognizer time | chars/s alone |");
        System.out.println("|------------|-------------------------:|--------------:|");
        long allChars = chars;
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %5.1f%% | %,.0f |%n", e.getKey(),
                        100.0 * e.getValue() / total, allChars / (e.getValue() / 1e9)));
        return 0;
    }
}
