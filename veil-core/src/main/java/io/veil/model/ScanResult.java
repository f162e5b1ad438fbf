package io.veil.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything detection learned about one file: the source, each page's text layout, the resolved findings,
 * errors, and (after redaction) the verification of the output. This is what reports and audit rows are
 * built from.
 */
public record ScanResult(SourceInfo source, List<PageText> pages, List<Finding> findings, List<FileError> errors,
                         Verification verification, List<String> metadataFound, Instant analyzedAt) {
    public ScanResult {
        pages = List.copyOf(pages);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        metadataFound = List.copyOf(metadataFound);
    }

    public boolean failed() {
        return !errors.isEmpty() || (verification != null && !verification.passed());
    }

    public ScanResult withVerification(Verification v) {
        return new ScanResult(source, pages, findings, errors, v, metadataFound, analyzedAt);
    }

    public ScanResult withError(FileError e) {
        List<FileError> all = new java.util.ArrayList<>(errors);
        all.add(e);
        return new ScanResult(source, pages, findings, all, verification, metadataFound, analyzedAt);
    }

    /** A result for a file that could not be read at all. */
    public static ScanResult failed(SourceInfo source, FileError error) {
        return new ScanResult(source, List.of(), List.of(), List.of(error), null, List.of(), Instant.now());
    }
}
