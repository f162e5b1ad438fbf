package io.veil.cli;

import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.PageInfo;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.TextLayout;
import io.veil.model.Verification;
import io.veil.pipeline.Anonymizer;
import io.veil.pipeline.FileFacts;
import io.veil.pipeline.Scanner;
import io.veil.spi.InputRejectedException;
import io.veil.text.TextDecoder;
import io.veil.text.TextFormat;
import io.veil.text.TextStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text files over a size ({@code --stream-text-over}, 16 MB by default: logs, exports) are scanned and redacted in windows by
 * {@link TextStream} instead of being read whole, so memory does not grow with the file: findings carry their
 * {@code text_span} in code points of the whole file, the redacted copy is written as the input is read, and the
 * copy is scanned again the same way before it replaces anything (a value found again fails the file). Smaller
 * text files take the ordinary path. Thread-safe: holds only the shared scanner.
 */
final class LargeText {
    private final Scanner scanner;
    private final long overBytes;

    /** Streams text files of more than {@code overMegabytes} MB (--stream-text-over). */
    LargeText(Scanner scanner, long overMegabytes) {
        if (overMegabytes < 0) {
            throw new UsageException("--stream-text-over must be 0 or more MB, got " + overMegabytes);
        }
        this.scanner = scanner;
        this.overBytes = overMegabytes * 1024 * 1024;
    }

    /** True for a text file (by extension) larger than the threshold. */
    boolean handles(Path file) {
        try {
            return TextFormat.of(file).isPresent() && Files.isRegularFile(file) && Files.size(file) > overBytes;
        } catch (IOException e) {
            return false; // the ordinary path reports what cannot be read
        }
    }

    ScanResult scan(Path file) {
        try {
            TextStream.Facts facts = TextStream.inspect(file);
            List<TextStream.Located> found = TextStream.scan(file, facts, this::recognize);
            return result(file, facts, found, null);
        } catch (InputRejectedException e) {
            return ScanResult.failed(FileFacts.describe(file), new FileError("ingest", e.getMessage(), 0));
        } catch (IOException e) {
            return ScanResult.failed(FileFacts.describe(file), new FileError("ingest", "cannot read " + file.getFileName() + ": " + e.getMessage(), 0));
        }
    }

    Anonymizer.Outcome redact(Path input, Path output) {
        TextStream.Facts facts;
        List<TextStream.Located> found;
        try {
            facts = TextStream.inspect(input);
            found = TextStream.scan(input, facts, this::recognize);
        } catch (InputRejectedException e) {
            return new Anonymizer.Outcome(ScanResult.failed(FileFacts.describe(input), new FileError("ingest", e.getMessage(), 0)), null, null);
        } catch (IOException e) {
            return new Anonymizer.Outcome(ScanResult.failed(FileFacts.describe(input),
                    new FileError("ingest", "cannot read " + input.getFileName() + ": " + e.getMessage(), 0)), null, null);
        }
        ScanResult result = result(input, facts, found, null);
        Path tmp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".veil-", "-" + output.getFileName());
            TextStream.redact(input, facts, found, tmp);
            Verification v = verify(tmp, found);
            result = result.withVerification(v);
            if (!v.passed()) {
                return new Anonymizer.Outcome(result.withError(new FileError("verify", v.residualFindings().size()
                        + " redacted value(s) still found in the output", 0)), null, null);
            }
            try {
                Files.move(tmp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return new Anonymizer.Outcome(result, output, result.source().mediaType());
        } catch (IOException | InputRejectedException e) {
            return new Anonymizer.Outcome(result.withError(new FileError("write", "cannot write the redacted file: " + e.getMessage(), 0)), null, null);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // A leftover temporary file holds redacted text only.
                }
            }
        }
    }

    /** Scans the written copy again: a value of the input found again in the output is a failed redaction. */
    private Verification verify(Path written, List<TextStream.Located> before) throws IOException, InputRejectedException {
        Set<String> redacted = new HashSet<>();
        before.forEach(l -> redacted.add(key(l.finding())));
        List<Finding> residual = TextStream.scan(written, TextStream.inspect(written), this::recognize).stream()
                .map(TextStream.Located::finding).filter(f -> redacted.contains(key(f))).toList();
        return new Verification(residual.isEmpty(), residual, List.of());
    }

    private static String key(Finding f) {
        return f.category() + ":" + f.value().replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private List<Finding> recognize(String window) {
        return scanner.recognizeText(TextLayout.ofText(window), 1, Origin.TEXT);
    }

    private static ScanResult result(Path file, TextStream.Facts facts, List<TextStream.Located> found, Verification v) {
        String mediaType = TextFormat.of(file).map(TextFormat::mediaType).orElse("text/plain");
        PageInfo page = new PageInfo(1, (int) Math.max(1, facts.longestLine()), (int) Math.max(1, Math.min(Integer.MAX_VALUE, facts.lines())),
                TextDecoder.UNITS);
        SourceInfo source = new SourceInfo(String.valueOf(file.getFileName()), facts.sha256(), facts.bytes(), mediaType, List.of(page));
        return new ScanResult(source, List.of(), found.stream().map(TextStream.Located::finding).toList(), List.of(), v, List.of(), Instant.now());
    }
}
