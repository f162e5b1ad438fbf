package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A born-digital PDF through the whole product: its text layer is scanned without OCR, the values are removed
 * from the content streams (not covered), the rest of the text stays extractable, and metadata is gone.
 */
class PdfEndToEndTest {
    @TempDir
    static Path dir;
    static Path out;
    static int exitCode;

    @BeforeAll
    static void redactAnInvoicePdf() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 760);
                for (String line : List.of("Invoice 2024-0117", "Bill to: Jane Doe", "Email: jane.doe@example.com",
                        "IBAN: DE89 3704 0044 0532 0130 00", "Thank you for your business.")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -20);
                }
                cs.endText();
            }
            doc.getDocumentInformation().setAuthor("Jane Example");
            doc.save(in.resolve("invoice.pdf").toFile());
        }
        out = dir.resolve("out");
        exitCode = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void valuesAreRemovedFromTheTextLayerAndTheRestStays() throws Exception {
        assertThat(exitCode).isZero();
        String text = text(out.resolve("invoice.pdf"));
        assertThat(text).doesNotContain("jane.doe@example.com", "Jane Doe", "3704 0044 0532");
        assertThat(text).contains("Invoice 2024-0117", "Thank you for your business.", "Email:", "30 00");
    }

    @Test
    void documentMetadataIsGone() throws Exception {
        try (PDDocument doc = Loader.loadPDF(out.resolve("invoice.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void theReportGivesPointsAndTextSpans() throws Exception {
        ReportsOnDisk.assertAllValid(out);
        JsonNode report = new ObjectMapper().readTree(out.resolve("invoice.pdf.json").toFile());
        assertThat(report.path("source").path("media_type").asText()).isEqualTo("application/pdf");
        assertThat(report.path("source").path("pages").get(0).path("units").asText()).isEqualTo("pt");
        assertThat(report.path("verification").path("passed").asBoolean()).isTrue();
        assertThat(report.path("compliance_metadata").path("metadata_found").toString()).contains("info");
        JsonNode email = null;
        for (JsonNode i : report.path("pii_instances")) {
            if (i.path("category").asText().equals("email_address")) {
                email = i;
            }
        }
        assertThat(email).isNotNull();
        assertThat(email.path("location").path("text_span").isObject()).isTrue();
        assertThat(email.path("location").path("bounding_box").path("x").asInt()).isBetween(100, 140);
    }
}
