package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import io.veil.ocr.TesseractOcrEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veil redact --in-place}: a good input is replaced by its redacted version (and its report lands in the
 * report folder), while an input that cannot be decoded stays byte for byte what it was and the run exits 1.
 */
class InPlaceRedactionTest {
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));

    @TempDir
    static Path dir;
    static Path invoice;
    static byte[] original;
    static int exitCode;

    @BeforeAll
    static void redactTheInvoiceInPlace() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        invoice = in.resolve("invoice.png");
        ImageIO.write(SyntheticDocuments.invoice(), "png", invoice.toFile());
        original = Files.readAllBytes(invoice);
        exitCode = Main.run("redact", invoice.toString(), "--in-place", "--audit-db", dir.resolve("audit.db").toString(),
                "--report-dir", dir.resolve("reports").toString(), "--no-faces");
    }

    @Test
    void theInputIsReplacedByARedactedImageOfTheSameFormat() throws Exception {
        assertThat(exitCode).isZero();
        byte[] now = Files.readAllBytes(invoice);
        assertThat(now).isNotEqualTo(original);
        BufferedImage redacted = ImageIO.read(invoice.toFile());
        assertThat(redacted).as("still a readable PNG").isNotNull();
        assertThat(redacted.getWidth()).isEqualTo(SyntheticDocuments.invoice().getWidth());
    }

    @Test
    void noRedactedValueCanBeReadFromTheReplacedFile() throws Exception {
        String text = squash(ocr(invoice));
        assertThat(text).as("OCR of the replaced file").contains("invoice");
        for (var value : SyntheticDocuments.VALUES.get("invoice.png").entrySet()) {
            String v = squash(value.getValue());
            if (value.getKey().equals("credit_card") || value.getKey().equals("bank_account")) {
                // Partial redaction keeps the last four characters: everything before them must be gone.
                v = v.substring(0, v.length() - 4);
            }
            assertThat(text).as(value.getKey()).doesNotContain(v);
        }
    }

    @Test
    void theReportGoesToTheReportFolderAndNotBesideTheInput() throws Exception {
        Path report = dir.resolve("reports/invoice.png.json");
        assertThat(report).exists();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("verification").path("passed").asBoolean()).isTrue();
        assertThat(json.path("summary").path("pii_detected").asBoolean()).isTrue();
        try (Stream<Path> files = Files.list(invoice.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing but the replaced input, no temp file")
                    .containsExactly("invoice.png");
        }
    }

    @Test
    void anUndecodableInputIsLeftUntouchedAndTheRunFails(@TempDir Path own) throws Exception {
        Path broken = own.resolve("broken.png");
        byte[] truncated = Arrays.copyOf(original, original.length / 3);
        Files.write(broken, truncated);

        int code = Main.run("redact", broken.toString(), "--in-place", "--audit-db", own.resolve("a.db").toString(),
                "--report-dir", own.resolve("reports").toString(), "--no-faces");

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllBytes(broken)).isEqualTo(truncated);
        JsonNode report = new ObjectMapper().readTree(own.resolve("reports/broken.png.json").toFile());
        assertThat(report.path("errors").get(0).path("stage").asText()).isEqualTo("ingest");
        try (Stream<Path> files = Files.list(own)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".veil-") || n.endsWith(".part"));
        }
    }

    @Test
    void inABatchTheGoodFileIsReplacedAndTheBrokenOneIsNot(@TempDir Path own) throws Exception {
        Path folder = Files.createDirectories(own.resolve("tickets"));
        Path good = folder.resolve("screenshot.png");
        ImageIO.write(SyntheticDocuments.screenshot(), "png", good.toFile());
        byte[] goodBefore = Files.readAllBytes(good);
        Path broken = folder.resolve("cut.png");
        byte[] truncated = Arrays.copyOf(goodBefore, goodBefore.length / 2);
        Files.write(broken, truncated);

        int code = Main.run("redact", folder.toString(), "--in-place", "--audit-db", own.resolve("a.db").toString(),
                "--report-dir", own.resolve("reports").toString(), "--no-faces");

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllBytes(broken)).isEqualTo(truncated);
        assertThat(Files.readAllBytes(good)).isNotEqualTo(goodBefore);
        String text = squash(ocr(good));
        assertThat(text).doesNotContain(squash("max.mueller@example.org")).doesNotContain("572681439");
        assertThat(own.resolve("reports/screenshot.png.json")).exists();
        assertThat(own.resolve("reports/cut.png.json")).exists();
    }

    private static String ocr(Path image) throws Exception {
        try (TesseractOcrEngine ocr = TesseractOcrEngine.open(MODELS.resolve("tessdata"), List.of("eng", "deu"))) {
            return ocr.read(ImageIO.read(image.toFile())).text();
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]", "");
    }
}
