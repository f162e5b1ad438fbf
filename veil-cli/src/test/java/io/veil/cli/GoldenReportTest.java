package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.veil.cli.samples.SyntheticDocuments;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden reports: each synthetic page is scanned through the CLI and the set of (category, value) pairs it
 * reports must equal {@code golden/<page>.expected.json} exactly: nothing missed, nothing invented. Every report
 * validates against the schema. Run with {@code -Dveil.updateGolden=true} to rewrite the expectations after a
 * deliberate change (and review the diff).
 */
class GoldenReportTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    private static BufferedImage render(String name) throws Exception {
        return switch (name) {
            case "invoice.png" -> SyntheticDocuments.invoice();
            case "id-card.png" -> SyntheticDocuments.idCard(null);
            case "screenshot.png" -> SyntheticDocuments.screenshot();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} reports exactly its golden findings")
    @ValueSource(strings = {"invoice.png", "id-card.png", "screenshot.png"})
    void scanReportsExactlyTheGoldenFindings(String name) throws Exception {
        Path img = dir.resolve(name);
        ImageIO.write(render(name), "png", img.toFile());
        Path reports = dir.resolve("reports");

        assertThat(Main.run("scan", img.toString(), "--report-dir", reports.toString(), "--audit-db", dir.resolve("a.db").toString())).isZero();

        ReportsOnDisk.assertAllValid(reports);
        JsonNode report = JSON.readTree(reports.resolve(name + ".json").toFile());
        List<Map<String, String>> found = new ArrayList<>();
        for (JsonNode i : report.path("pii_instances")) {
            Map<String, String> f = new TreeMap<>();
            f.put("category", i.path("category").asText());
            f.put("value", i.path("detected_value").asText(""));
            f.put("detector", i.path("detector").asText());
            found.add(f);
        }
        found.sort((a, b) -> (a.get("category") + a.get("value")).compareTo(b.get("category") + b.get("value")));
        Path golden = Path.of("src/test/resources/golden", name.replace(".png", ".expected.json"));
        if (Boolean.getBoolean("veil.updateGolden")) {
            Files.writeString(golden, JSON.writeValueAsString(found) + "\n");
        }
        List<Map<String, String>> expected = JSON.readValue(golden.toFile(),
                JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
        assertThat(found).isEqualTo(expected);
        for (var e : SyntheticDocuments.VALUES.get(name).entrySet()) {
            assertThat(found).as("the %s of %s", e.getKey(), name).anyMatch(f -> f.get("category").equals(e.getKey()));
        }
    }
}
