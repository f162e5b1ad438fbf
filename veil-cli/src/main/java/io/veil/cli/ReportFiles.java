package io.veil.cli;

import io.veil.model.ScanResult;
import io.veil.report.ReportBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes one JSON report per input as {@code DIR/<relative path>.json}, atomically. */
final class ReportFiles {
    private final ReportBuilder builder;
    private final Path dir;

    ReportFiles(ReportBuilder builder, Path dir) {
        this.builder = builder;
        this.dir = dir;
    }

    Path write(Inputs.Input input, ScanResult result) throws IOException {
        return write(input, builder.toJson(result));
    }

    /** Writes a report already rendered (a video's, which has more than its scan result). */
    Path write(Inputs.Input input, String json) throws IOException {
        Path target = dir.resolve(input.relative().toString() + ".json");
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".veil-", ".json.part");
        try {
            Files.writeString(tmp, json);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
