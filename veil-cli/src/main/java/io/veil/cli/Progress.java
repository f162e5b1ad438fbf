package io.veil.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal (only when stderr is a console and there is more than one file);
 * summary lines are printed above it. Thread-safe.
 */
final class Progress {
    private final PrintStream out;
    private final PrintStream err;
    private final int total;
    private final boolean bar;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintStream out, PrintStream err, int total) {
        this.out = out;
        this.err = err;
        this.total = total;
        this.bar = total > 1 && System.console() != null;
    }

    synchronized void fileDone(String summaryLine) {
        done++;
        if (bar) {
            err.print("\r\033[K");
        }
        out.println(summaryLine);
        out.flush();
        if (bar) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf("[%s%s] %d/%d files  %.1f files/s", "#".repeat(filled), ".".repeat(width - filled), done, total,
                    secs > 0 ? done / secs : 0.0);
            err.flush();
        }
    }

    synchronized void finish() {
        if (bar) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
