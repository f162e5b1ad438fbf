package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import io.veil.model.TextLayout;
import io.veil.ocr.TesseractOcrEngine;
import io.veil.pipeline.FileFacts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on synthetic documents: redact a folder, then read every output again with OCR and assert
 * that no redacted value survives, that partial redactions leave exactly the last four characters, that inputs
 * are unchanged, and that reports and the audit database hold what they should and nothing more.
 */
class RedactEndToEndTest {
    @TempDir
    static Path dir;
    static Path in;
    static Path out;
    static Path db;
    static int exitCode;
    static final Map<String, String> inputHashes = new HashMap<>();

    @BeforeAll
    static void redactTheExamples() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
        db = dir.resolve("audit.db");
        ImageIO.write(SyntheticDocuments.invoice(), "png", in.resolve("invoice.png").toFile());
        ImageIO.write(SyntheticDocuments.idCard(null), "png", in.resolve("id-card.png").toFile());
        ImageIO.write(SyntheticDocuments.screenshot(), "png", in.resolve("screenshot.png").toFile());
        for (String f : List.of("invoice.png", "id-card.png", "screenshot.png")) {
            inputHashes.put(f, FileFacts.sha256(in.resolve(f)));
        }
        exitCode = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", db.toString());
    }

    private static String ocr(Path image) throws Exception {
        try (TesseractOcrEngine ocr = TesseractOcrEngine.open(Path.of(System.getProperty("veil.models")).resolve("tessdata"),
                List.of("eng", "deu"))) {
            BufferedImage img = ImageIO.read(image.toFile());
            TextLayout layout = ocr.read(img);
            return layout.text();
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]", "");
    }

    @Test
    void everyFileIsRedactedAndTheBatchSucceeds() {
        assertThat(exitCode).isZero();
        assertThat(out.resolve("invoice.png")).exists();
        assertThat(out.resolve("id-card.png")).exists();
        assertThat(out.resolve("screenshot.png")).exists();
    }

    @Test
    void noRedactedValueSurvivesInTheOutputs() throws Exception {
        for (var doc : SyntheticDocuments.VALUES.entrySet()) {
            String text = squash(ocr(out.resolve(doc.getKey())));
            for (var value : doc.getValue().entrySet()) {
                String v = squash(value.getValue());
                if (value.getKey().equals("credit_card") || value.getKey().equals("bank_account")) {
                    assertThat(text).as("%s in %s", value.getKey(), doc.getKey()).doesNotContain(v.substring(0, v.length() - 4));
                } else if (value.getKey().equals("date_of_birth")) {
                    assertThat(text).as("day and month of birth in %s", doc.getKey()).doesNotContain(v.substring(0, 5));
                } else {
                    assertThat(text).as("%s in %s", value.getKey(), doc.getKey()).doesNotContain(v);
                }
            }
        }
    }

    @Test
    void partialRedactionLeavesTheLastFourDigitsReadable() throws Exception {
        String text = ocr(out.resolve("invoice.png"));
        assertThat(text).contains("1111").contains("32");
        assertThat(text).doesNotContain("4111");
    }

    @Test
    void unredactedTextStaysReadable() throws Exception {
        String text = ocr(out.resolve("invoice.png"));
        assertThat(text).contains("INVOICE").contains("Thank you for your business");
    }

    @Test
    void inputsAreNeverModified() throws Exception {
        for (var e : inputHashes.entrySet()) {
            assertThat(FileFacts.sha256(in.resolve(e.getKey()))).isEqualTo(e.getValue());
        }
    }

    @Test
    void reportsListTheFindingsAndPassVerification() throws Exception {
        JsonNode report = new ObjectMapper().readTree(out.resolve("invoice.png.json").toFile());
        assertThat(report.path("verification").path("passed").asBoolean()).isTrue();
        assertThat(report.path("summary").path("pii_detected").asBoolean()).isTrue();
        StringBuilder categories = new StringBuilder();
        report.path("pii_instances").forEach(i -> categories.append(i.path("category").asText()).append(' '));
        assertThat(categories.toString()).contains("email_address", "phone_number", "bank_account", "credit_card", "full_name");
    }

    @Test
    void theAuditDatabaseHoldsNoDetectedValue() throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (var doc : SyntheticDocuments.VALUES.values()) {
            for (String v : doc.values()) {
                assertThat(raw).doesNotContain(v);
            }
        }
        assertThat(raw).doesNotContain("invoice.png");
    }
}
