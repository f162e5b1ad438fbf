package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file fails alone: the batch goes on, its report says what went wrong, the exit code is 1. */
class BatchFailureTest {

    @Test
    void aTruncatedImageFailsAloneAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ImageIO.write(SyntheticDocuments.screenshot(), "png", in.resolve("good.png").toFile());
        byte[] whole = Files.readAllBytes(in.resolve("good.png"));
        Files.write(in.resolve("broken.png"), Arrays.copyOf(whole, whole.length / 3));
        Files.write(in.resolve("garbage.jpg"), "this is not an image at all".getBytes());
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString(),
                "--no-faces");

        assertThat(code).isEqualTo(1);
        assertThat(out.resolve("good.png")).exists();
        assertThat(out.resolve("broken.png")).doesNotExist();
        JsonNode report = new ObjectMapper().readTree(out.resolve("broken.png.json").toFile());
        assertThat(report.path("errors")).isNotEmpty();
        assertThat(report.path("errors").get(0).path("stage").asText()).isEqualTo("ingest");
        assertThat(report.path("errors").get(0).path("message").asText()).containsIgnoringCase("png");
        assertThat(Files.readAllBytes(in.resolve("broken.png"))).hasSize(whole.length / 3);
    }

    @Test
    void scanOfACleanImageExitsZeroAndWritesAReport(@TempDir Path dir) throws Exception {
        Path img = dir.resolve("blank.png");
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ImageIO.write(white, "png", img.toFile());

        int code = Main.run("scan", img.toString(), "--report-dir", dir.resolve("reports").toString(), "--audit-db", dir.resolve("a.db").toString());

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("reports/blank.png.json").toFile());
        assertThat(report.path("summary").path("pii_detected").asBoolean()).isFalse();
        assertThat(report.path("summary").path("risk_level").asText()).isEqualTo("none");
    }
}
