package io.veil.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import io.veil.model.Word;
import io.veil.pdf.Fixtures.FontKind;
import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextExtractorTest {

    @TempDir
    Path dir;

    private final PdfTextExtractor extractor = new PdfTextExtractor();

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void wordsSitWhereTheyWereDrawn(FontKind kind) throws Exception {
        PdfPageText page = extractor.extract(Fixtures.lines(dir, kind)).get(0);

        assertThat(page.info().width()).isEqualTo(612);
        assertThat(page.info().height()).isEqualTo(792);
        assertThat(page.info().units()).isEqualTo("pt");
        assertThat(page.usableTextLayer()).isTrue();
        assertThat(page.layout().text()).isEqualTo(String.join("\n", Fixtures.LINES));
        for (int line = 0; line < Fixtures.LINES.size(); line++) {
            double baseline = 792 - Fixtures.BASELINES[line];
            String[] tokens = Fixtures.LINES.get(line).split(" ");
            for (int t = 0; t < tokens.length; t++) {
                String w = tokens[t];
                Box box = wordAt(page.layout(), line, t).box();
                assertThat((double) box.x()).as(w).isCloseTo(Fixtures.xOf(kind, line, t), within(1.0));
                assertThat((double) box.right()).as(w)
                        .isCloseTo(Fixtures.xOf(kind, line, t) + Fixtures.widthOf(kind, w), within(1.0));
                assertThat((double) box.y()).as(w).isBetween(baseline - 13, baseline - 7);
                assertThat((double) box.bottom()).as(w).isBetween(baseline, baseline + 5);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FontKind.class)
    void everyCharHasItsOwnGlyphBoxInReadingOrder(FontKind kind) throws Exception {
        TextLayout layout = extractor.extract(Fixtures.lines(dir, kind)).get(0).layout();

        Word email = wordAt(layout, 0, 1);
        assertThat(email.glyphs()).hasSize(Fixtures.EMAIL.length());
        for (int i = 1; i < email.glyphs().size(); i++) {
            assertThat(email.glyphs().get(i).x()).isGreaterThanOrEqualTo(email.glyphs().get(i - 1).x());
        }
        int at = Fixtures.LINES.get(0).indexOf(Fixtures.EMAIL);
        List<Box> boxes = layout.boxesFor(new io.veil.model.TextSpan(at, at + Fixtures.EMAIL.length()));
        assertThat(boxes).containsExactly(email.box());
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void rotatedPagesReportBoxesWhereTheRendererDrawsTheText(int rotation) throws Exception {
        Path pdf = Fixtures.lines(dir, FontKind.STANDARD_14, rotation, null);
        PdfPageText page = extractor.extract(pdf).get(0);

        boolean sideways = rotation % 180 != 0;
        assertThat(page.info().width()).isEqualTo(sideways ? 792 : 612);
        assertThat(page.layout().text()).contains(Fixtures.EMAIL, Fixtures.IBAN, Fixtures.NAME);
        assertInkInsideEveryWordAndNowhereElse(pdf, page);
    }

    @Test
    void cropBoxMovesTheOriginAndShrinksThePage() throws Exception {
        Path pdf = Fixtures.lines(dir, FontKind.STANDARD_14, 0, new PDRectangle(50, 100, 500, 650));
        PdfPageText page = extractor.extract(pdf).get(0);

        assertThat(page.info().width()).isEqualTo(500);
        assertThat(page.info().height()).isEqualTo(650);
        Box contact = wordAt(page.layout(), 0, 0).box();
        assertThat((double) contact.x()).isCloseTo(Fixtures.LEFT - 50, within(1.0));
        assertInkInsideEveryWordAndNowhereElse(pdf, page);
    }

    @Test
    void aPageWithoutTextHasNoUsableTextLayer() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        PdfPageText page = extractor.extract(pdf).get(0);

        assertThat(page.usableTextLayer()).isFalse();
        assertThat(page.layout().words()).isEmpty();
    }

    @Test
    void encryptedPdfWithoutPasswordIsRejected() throws Exception {
        Path pdf = encrypted(dir, Fixtures.lines(dir, FontKind.STANDARD_14));

        assertThatThrownBy(() -> extractor.extract(pdf)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("encrypted").hasMessageContaining(pdf.getFileName().toString());
    }

    @Test
    void truncatedPdfIsRejected() throws Exception {
        Path pdf = truncated(dir, Fixtures.lines(dir, FontKind.STANDARD_14));

        assertThatThrownBy(() -> extractor.extract(pdf)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("truncated");
    }

    static Path encrypted(Path dir, Path source) throws IOException {
        Path out = dir.resolve("encrypted.pdf");
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            doc.save(out.toFile());
        }
        return out;
    }

    static Path truncated(Path dir, Path source) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Path out = dir.resolve("truncated.pdf");
        Files.write(out, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        return out;
    }

    /** The {@code token}-th word of a line, found by its offset in the page text. */
    static Word wordAt(TextLayout layout, int line, int token) {
        String[] lines = layout.text().split("\n", -1);
        int start = 0;
        for (int i = 0; i < line; i++) {
            start += lines[i].length() + 1;
        }
        int at = start + Fixtures.charOf(line, token);
        return layout.words().stream().filter(w -> w.span().start() == at).findFirst()
                .orElseThrow(() -> new AssertionError("no word at line " + line));
    }

    /** Renders at 72 dpi (1 px = 1 pt): every word box holds ink, and no ink lies outside all word boxes. */
    private static void assertInkInsideEveryWordAndNowhereElse(Path pdf, PdfPageText page) throws IOException {
        BufferedImage img;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            img = new PDFRenderer(doc).renderImage(0, 1f);
        }
        assertThat(img.getWidth()).isEqualTo(page.info().width());
        for (Word w : page.layout().words()) {
            assertThat(dark(img, w.box(), 0)).as("ink in " + w.text()).isGreaterThan(w.text().length());
        }
        List<Box> grown = page.layout().words().stream().map(w -> w.box().grow(2)).toList();
        int stray = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int px = x, py = y;
                if (isDark(img.getRGB(x, y)) && grown.stream().noneMatch(b -> b.intersects(new Box(px, py, 1, 1)))) {
                    stray++;
                }
            }
        }
        assertThat(stray).as("ink outside all word boxes").isZero();
    }

    static int dark(BufferedImage img, Box b, int inset) {
        int n = 0;
        for (int y = Math.max(0, b.y() + inset); y < Math.min(img.getHeight(), b.bottom() - inset); y++) {
            for (int x = Math.max(0, b.x() + inset); x < Math.min(img.getWidth(), b.right() - inset); x++) {
                n += isDark(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    static boolean isDark(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 128;
    }
}
