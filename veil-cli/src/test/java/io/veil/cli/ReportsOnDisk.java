package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.veil.report.ReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Validates report files written by the CLI against the shipped JSON Schema. */
final class ReportsOnDisk {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportSchema.text(), InputFormat.JSON);

    private ReportsOnDisk() {
    }

    /** Asserts that every {@code *.json} under {@code dir} is a valid report, and that there is at least one. */
    static void assertAllValid(Path dir) throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.walk(dir)) {
            reports = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(reports).isNotEmpty();
        for (Path r : reports) {
            assertThat(SCHEMA.validate(Files.readString(r), InputFormat.JSON)).as("schema errors in %s", r.getFileName()).isEmpty();
        }
    }
}
