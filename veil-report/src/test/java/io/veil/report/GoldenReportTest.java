package io.veil.report;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full report of a synthetic result with every category, against the golden file next to this test. To
 * accept an intended change, run with {@code -Dveil.updateGolden=true} and review the diff.
 */
class GoldenReportTest {

    private static final String GOLDEN = "every-category.expected.json";

    @Test
    void reportOfEveryCategoryMatchesTheGoldenFile() throws Exception {
        String actual = new ReportBuilder(false, "0.1.0").toJson(Fixtures.everyCategory());
        if (Boolean.getBoolean("veil.updateGolden")) {
            Files.writeString(Path.of("src/test/resources/io/veil/report", GOLDEN), actual);
        }
        String expected;
        try (InputStream in = GoldenReportTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file " + GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(actual).isEqualTo(expected);
    }
}
