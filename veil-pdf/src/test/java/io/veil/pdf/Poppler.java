package io.veil.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs poppler's {@code pdftotext}, an extractor independent of PDFBox. Tests skip visibly without it. */
final class Poppler {

    record PopplerWord(String text, double xMin, double yMin) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"[0-9.]+\">([^<]*)</word>");

    private Poppler() {
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!present) {
            System.err.println("SKIPPED: pdftotext (Debian poppler-utils) is not installed; "
                    + "install it with apt-get install -y poppler-utils");
        }
        assumeTrue(present, "pdftotext (Debian poppler-utils) is not installed");
    }

    /** For checks that add poppler on top of PDFBox: true when installed, with a visible note when not. */
    static boolean installedQuietly() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!present) {
            System.err.println("NOTE: pdftotext (Debian poppler-utils) is not installed; only PDFBox re-extraction ran");
        }
        return present;
    }

    static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    static List<PopplerWord> words(Path pdf) throws IOException, InterruptedException {
        String html = run("pdftotext", "-bbox", pdf.toString(), "-");
        List<PopplerWord> words = new ArrayList<>();
        Matcher m = WORD.matcher(html);
        while (m.find()) {
            words.add(new PopplerWord(m.group(3).replace("&amp;", "&"), Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2))));
        }
        return words;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException(command[0] + " failed with exit " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
