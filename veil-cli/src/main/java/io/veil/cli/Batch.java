package io.veil.cli;

import io.veil.model.Finding;
import io.veil.model.RiskLevel;
import io.veil.model.ScanResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs one job per input on a fixed pool and counts failures; one bad file never stops the batch. */
final class Batch {
    private Batch() {
    }

    /** Runs {@code job} over every input; returns the number of inputs whose result failed. */
    static int run(List<Inputs.Input> inputs, int threads, Progress progress, Function<Inputs.Input, FileOutcome> job) {
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())));
        try {
            List<Future<?>> futures = inputs.stream().map(in -> pool.submit(() -> {
                FileOutcome o;
                try {
                    o = job.apply(in);
                } catch (RuntimeException | OutOfMemoryError e) {
                    // Last line of defence: the file fails with the exception's kind, the batch goes on.
                    o = FileOutcome.crashed(in.file().toString(), e);
                }
                if (o.failed()) {
                    failed.incrementAndGet();
                }
                progress.fileDone(o.line());
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return failed.get();
    }

    /** One file's summary line and whether it failed. */
    record FileOutcome(String line, boolean failed) {
        static FileOutcome crashed(String name, Throwable e) {
            return new FileOutcome("FAIL " + name + "  internal error: " + e.getClass().getSimpleName(), true);
        }
    }

    /** "3 findings (email_address×1, face_biometric×2), risk high" */
    static String describe(ScanResult r) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : r.findings()) {
            counts.merge(f.category().id(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "no personal data found";
        }
        StringBuilder sb = new StringBuilder().append(r.findings().size()).append(r.findings().size() == 1 ? " finding (" : " findings (");
        counts.forEach((k, v) -> sb.append(k).append(" x").append(v).append(", "));
        sb.setLength(sb.length() - 2);
        return sb.append("), risk ").append(RiskLevel.of(r.findings()).id()).toString();
    }

    static String errors(ScanResult r) {
        return String.join("; ", r.errors().stream()
                .map(e -> e.stage() + (e.page() > 0 ? " (page " + e.page() + ")" : "") + ": " + e.message()).toList());
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
