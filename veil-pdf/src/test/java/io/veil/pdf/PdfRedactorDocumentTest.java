package io.veil.pdf;

import static io.veil.pdf.RedactionAssertions.assertGoneAndInPlace;
import static io.veil.pdf.RedactionAssertions.boxesOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.pdf.Fixtures.FontKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document-wide behaviour: several pages, attachments, actions, marked-content copies of the text. */
class PdfRedactorDocumentTest {

    @TempDir
    Path dir;

    private final PdfRedactor redactor = new PdfRedactor();

    @Test
    void boxesApplyToTheirOwnPageOnly() throws Exception {
        Path in = dir.resolve("two-pages.pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        merger.addSource(Fixtures.lines(dir, FontKind.STANDARD_14).toFile());
        merger.addSource(Fixtures.lines(dir, FontKind.TYPE0_DEJAVU).toFile());
        merger.setDestinationFileName(in.toString());
        merger.mergeDocuments(null);
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, 2, Fixtures.EMAIL), out);

        assertThat(result.pages()).extracting(PageResult::outcome)
                .containsExactly(PageOutcome.UNCHANGED, PageOutcome.REWRITTEN);
        List<PdfPageText> pages = new PdfTextExtractor().extract(out);
        assertThat(pages.get(0).layout().text()).contains(Fixtures.EMAIL);
        assertThat(pages.get(1).layout().text()).doesNotContain(Fixtures.EMAIL, "example").contains("Contact", "today");
    }

    @Test
    void attachmentsAndScriptsAreRemoved() throws Exception {
        Path in = dir.resolve("attached.pdf");
        try (PDDocument doc = Loader.loadPDF(Fixtures.lines(dir, FontKind.STANDARD_14).toFile())) {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(
                    ("contact: " + Fixtures.EMAIL).getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("contacts.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("contacts.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi');"));
            doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.EMAIL), out);

        assertThat(result.metadataRemoved()).contains("attachments", "actions");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            assertThat(names == null || names.getEmbeddedFiles() == null).isTrue();
            assertThat(doc.getDocumentCatalog().getCOSObject().containsKey("OpenAction")).isFalse();
        }
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).doesNotContain("contacts.txt");
    }

    @Test
    void actualTextBesideRemovedGlyphsIsRemovedToo() throws Exception {
        Path in = Fixtures.raw(dir, "actual-text", """
                BT /F1 12 Tf 72 700 Td (Signed ) Tj
                /Span <</ActualText (Jane Doe)>> BDC (Jane Doe) Tj EMC
                ( today) Tj ET
                """);
        Path out = dir.resolve("out.pdf");

        redactor.redact(in, boxesOf(in, Fixtures.NAME), out);

        assertGoneAndInPlace(in, out, List.of(Fixtures.NAME), List.of("Signed", "today"));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            byte[] content = doc.getPage(0).getContents().readAllBytes();
            assertThat(new String(content, StandardCharsets.ISO_8859_1)).doesNotContain("ActualText", "Jane");
        }
    }
}
