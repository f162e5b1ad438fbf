package io.veil.pdf;

import static io.veil.pdf.RedactionAssertions.assertGoneAndInPlace;
import static io.veil.pdf.RedactionAssertions.boxesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Box;
import io.veil.pdf.Fixtures.FontKind;
import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfRedactorTest {

    private static final List<String> GONE = List.of(Fixtures.EMAIL, Fixtures.IBAN, Fixtures.NAME);
    private static final List<String> KEPT = List.of("Contact", "today", "IBAN", "ok", "Name", "signed");

    @TempDir
    Path dir;

    private final PdfRedactor redactor = new PdfRedactor();

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void redactedValuesAreGoneAndTheirNeighboursStayInPlace(FontKind kind) throws Exception {
        Path in = Fixtures.lines(dir, kind);
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.EMAIL, Fixtures.IBAN, Fixtures.NAME), out);

        assertThat(result.pages()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(PageOutcome.REWRITTEN);
            assertThat(p.glyphsRemoved()).isGreaterThanOrEqualTo(
                    (Fixtures.EMAIL + Fixtures.IBAN + Fixtures.NAME).replace(" ", "").length());
        });
        assertGoneAndInPlace(in, out, GONE, KEPT);
    }

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void pdftotextFindsNoRedactedValueAndKeptWordsInPlace(FontKind kind) throws Exception {
        Poppler.assumeInstalled();
        Path in = Fixtures.lines(dir, kind);
        Path out = dir.resolve("out.pdf");
        redactor.redact(in, boxesOf(in, Fixtures.EMAIL, Fixtures.IBAN, Fixtures.NAME), out);

        String text = Poppler.text(out);
        RedactionAssertions.assertAbsent(text, GONE);
        assertThat(text).contains(KEPT);
        assertThat(Poppler.text(in)).contains(GONE);
    }

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void partOfAWordCanBeRemovedCharByChar(FontKind kind) throws Exception {
        Path in = Fixtures.lines(dir, kind);
        Path out = dir.resolve("out.pdf");

        redactor.redact(in, boxesOf(in, "jane.doe"), out);

        String text = RedactionAssertions.pdfboxText(out);
        assertThat(text).doesNotContain("jane", "doe@").contains("@example.com", "Contact", "today");
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 270})
    void rotatedPagesAreRedactedWhereTheBoxesAre(int rotation) throws Exception {
        Path in = Fixtures.lines(dir, FontKind.TYPE0_DEJAVU, rotation, null);
        Path out = dir.resolve("out.pdf");
        Map<Integer, List<Box>> boxes = boxesOf(in, Fixtures.EMAIL, Fixtures.NAME);

        redactor.redact(in, boxes, out);

        assertGoneAndInPlace(in, out, List.of(Fixtures.EMAIL, Fixtures.NAME), List.of("Contact", "today", "signed"));
        assertBlackInsideAndUnchangedFarAway(in, out, boxes.get(1));
    }

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void renderedPageIsBlackInsideTheBoxesAndUnchangedFarFromThem(FontKind kind) throws Exception {
        Path in = Fixtures.lines(dir, kind);
        Path out = dir.resolve("out.pdf");
        Map<Integer, List<Box>> boxes = boxesOf(in, Fixtures.EMAIL, Fixtures.IBAN);

        redactor.redact(in, boxes, out);

        assertBlackInsideAndUnchangedFarAway(in, out, boxes.get(1));
    }

    @Test
    void metadataAndIncrementalHistoryAreGone() throws Exception {
        Path in = withMetadataAndHistory(Fixtures.lines(dir, FontKind.STANDARD_14));
        assertThat(eofMarkers(in)).isEqualTo(2);
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.NAME), out);

        assertThat(result.metadataRemoved()).contains("info", "xmp");
        assertThat(eofMarkers(out)).isEqualTo(1);
        String raw = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("x:xmpmeta");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentInformation().getCOSObject().size()).isZero();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void pagesWithoutBoxesAreLeftAsTheyWere() throws Exception {
        Path in = Fixtures.lines(dir, FontKind.STANDARD_14);
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, Map.of(), out);

        assertThat(result.pages()).extracting(PageResult::outcome).containsExactly(PageOutcome.UNCHANGED);
        assertThat(RedactionAssertions.pdfboxText(out)).contains(GONE);
    }

    @Test
    void encryptedPdfWithoutPasswordIsRejected() throws Exception {
        Path in = PdfTextExtractorTest.encrypted(dir, Fixtures.lines(dir, FontKind.STANDARD_14));

        assertThatThrownBy(() -> redactor.redact(in, Map.of(), dir.resolve("out.pdf")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("encrypted");
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void truncatedPdfIsRejected() throws Exception {
        Path in = PdfTextExtractorTest.truncated(dir, Fixtures.lines(dir, FontKind.STANDARD_14));

        assertThatThrownBy(() -> redactor.redact(in, Map.of(), dir.resolve("out.pdf")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("truncated");
    }

    @Test
    void theInputIsNeverTheOutput() throws Exception {
        Path in = Fixtures.lines(dir, FontKind.STANDARD_14);

        assertThatThrownBy(() -> redactor.redact(in, Map.of(), in)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path withMetadataAndHistory(Path source) throws Exception {
        Path out = dir.resolve("meta.pdf");
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setAuthor(Fixtures.NAME);
            info.setCreationDate(Calendar.getInstance());
            PDMetadata xmp = new PDMetadata(doc, new ByteArrayInputStream(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<dc:creator>" + Fixtures.NAME + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
            doc.getDocumentCatalog().setMetadata(xmp);
            doc.save(out.toFile());
        }
        Path incremental = dir.resolve("incremental.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            doc.getDocumentInformation().setTitle("second revision");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocument().getTrailer().getCOSDictionary(org.apache.pdfbox.cos.COSName.INFO).setNeedToBeUpdated(true);
            try (var os = Files.newOutputStream(incremental)) {
                doc.saveIncremental(os);
            }
        }
        return incremental;
    }

    static int eofMarkers(Path pdf) throws Exception {
        Matcher m = Pattern.compile("%%EOF").matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * At 72 dpi: every pixel 1 pt inside a box is black; pixels 6 pt or more from every box are unchanged (an
     * anti-aliasing step of a few levels from float rounding of kept glyph positions is no change).
     */
    static void assertBlackInsideAndUnchangedFarAway(Path in, Path out, List<Box> boxes) throws Exception {
        BufferedImage before = render(in), after = render(out);
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        for (Box b : boxes) {
            Box inner = b.grow(-1);
            assertThat(PdfTextExtractorTest.dark(after, inner, 0)).as("black inside a box").isEqualTo((int) inner.area());
        }
        List<Box> near = boxes.stream().map(b -> b.grow(6)).toList();
        int changed = 0;
        for (int y = 0; y < after.getHeight(); y++) {
            for (int x = 0; x < after.getWidth(); x++) {
                Box px = new Box(x, y, 1, 1);
                if (near.stream().noneMatch(b -> b.intersects(px))
                        && differs(before.getRGB(x, y), after.getRGB(x, y))) {
                    changed++;
                }
            }
        }
        assertThat(changed).as("pixels changed far from the boxes").isZero();
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 24) {
                return true;
            }
        }
        return false;
    }

    static BufferedImage render(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImage(0, 1f);
        }
    }
}
