package io.veil.pdf;

import static io.veil.pdf.RedactionAssertions.assertGoneAndInPlace;
import static io.veil.pdf.RedactionAssertions.boxesOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-stream constructs real files use, one fixture each. */
class PdfRedactorConstructsTest {

    @TempDir
    Path dir;

    private final PdfRedactor redactor = new PdfRedactor();

    @Test
    void tjArraysWithKerningAndSpacingKeepTheirLayout() throws Exception {
        Path in = Fixtures.raw(dir, "tj", """
                BT /F1 12 Tf 14 TL 72 700 Td 0.4 Tc 2 Tw
                [(Call) -120 (jane.doe@example.com) 80 ( now)] TJ
                (Name Jane Doe here) '
                1.5 0.2 (Ring Jane Doe back) "
                ET
                """);
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.EMAIL, Fixtures.NAME), out);

        assertThat(result.pages().get(0).outcome()).isEqualTo(PageOutcome.REWRITTEN);
        assertGoneAndInPlace(in, out, List.of(Fixtures.EMAIL, Fixtures.NAME),
                List.of("Call", "now", "Name", "here", "Ring", "back"));
    }

    @Test
    void invisibleOcrTextIsRemovedToo() throws Exception {
        Path in = Fixtures.raw(dir, "ocr-layer", "BT 3 Tr /F1 12 Tf 72 700 Td (Mail jane.doe@example.com end) Tj ET");
        Path out = dir.resolve("out.pdf");

        redactor.redact(in, boxesOf(in, Fixtures.EMAIL), out);

        assertGoneAndInPlace(in, out, List.of(Fixtures.EMAIL), List.of("Mail", "end"));
    }

    @Test
    void textInsideAFormXObjectIsRemoved() throws Exception {
        Path in = dir.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, 0, 400, 40));
            PDResources res = new PDResources();
            form.setResources(res);
            COSName f1 = res.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            try (OutputStream os = form.getContentStream().createOutputStream()) {
                os.write(("BT /" + f1.getName() + " 12 Tf 0 10 Td (Account " + Fixtures.IBAN + " end) Tj ET")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.transform(Matrix.getTranslateInstance(90, 600));
                cs.drawForm(form);
                cs.restoreGraphicsState();
            }
            doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.IBAN), out);

        assertThat(result.pages().get(0).outcome()).isEqualTo(PageOutcome.REWRITTEN);
        assertGoneAndInPlace(in, out, List.of(Fixtures.IBAN), List.of("Account", "end"));
    }

    @Test
    void imagePixelsUnderABoxAreBlackInTheImageItself() throws Exception {
        Path in = dir.resolve("image.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage red = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = red.createGraphics();
            g.setColor(Color.RED);
            g.fillRect(0, 0, 100, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, red);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 100, 492, 200, 100); // top-left corner at (100, 200) on the displayed page
            }
            doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");
        List<Box> boxes = List.of(new Box(100, 200, 100, 50)); // the image's top-left quarter

        PdfRedactionResult result = redactor.redact(in, Map.of(1, boxes), out);

        assertThat(result.pages().get(0).imagesRedacted()).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            COSName name = res.getXObjectNames().iterator().next();
            BufferedImage pixels = ((PDImageXObject) res.getXObject(name)).getImage();
            assertThat(pixels.getRGB(10, 10) & 0xffffff).as("under the box").isEqualTo(0x000000);
            assertThat(pixels.getRGB(48, 23) & 0xffffff).as("under the box").isEqualTo(0x000000);
            assertThat(pixels.getRGB(75, 10) & 0xffffff).as("beside the box").isEqualTo(0xff0000);
            assertThat(pixels.getRGB(10, 40) & 0xffffff).as("below the box").isEqualTo(0xff0000);
        }
        PdfRedactorTest.assertBlackInsideAndUnchangedFarAway(in, out, boxes);
    }

    @Test
    void annotationsTouchingABoxAreRemovedAndOthersKept() throws Exception {
        Path in = dir.resolve("annotations.pdf");
        try (PDDocument doc = Loader.loadPDF(Fixtures.lines(dir, Fixtures.FontKind.STANDARD_14).toFile())) {
            PDPage page = doc.getPage(0);
            PDAnnotationText onName = new PDAnnotationText();
            onName.setRectangle(new PDRectangle(100, 635, 40, 15));
            onName.setContents("note on the name");
            PDAnnotationText elsewhere = new PDAnnotationText();
            elsewhere.setRectangle(new PDRectangle(400, 100, 20, 20));
            page.setAnnotations(List.of(onName, elsewhere));
            doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = redactor.redact(in, boxesOf(in, Fixtures.NAME), out);

        assertThat(result.pages().get(0).annotationsRemoved()).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getAnnotations()).singleElement()
                    .satisfies(a -> assertThat(a.getRectangle().getLowerLeftX()).isEqualTo(400f));
        }
    }

    @Test
    void type3FontUnderABoxRasterisesThatPageOnly() throws Exception {
        Path in = dir.resolve("type3.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(type3Page(doc));
            PDPage second = new PDPage(PDRectangle.LETTER);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Second page stays text");
                cs.endText();
            }
            doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");
        List<Box> boxes = List.of(new Box(70, 80, 60, 20));

        PdfRedactionResult result = redactor.redact(in, Map.of(1, boxes), out);

        assertThat(result.pages()).extracting(PageResult::outcome)
                .containsExactly(PageOutcome.RASTERISED, PageOutcome.UNCHANGED);
        assertThat(result.pages().get(0).reason()).contains("Type3");
        String text = RedactionAssertions.pdfboxText(out);
        assertThat(text).doesNotContain("aaa").contains("Second page stays text");
        assertThat(PdfTextExtractorTest.dark(PdfRedactorTest.render(out), new Box(71, 81, 58, 18), 0))
                .isEqualTo(58 * 18);
    }

    @Test
    void inlineImageUnderABoxRasterisesThePage() throws Exception {
        Path in = Fixtures.raw(dir, "inline", "q 100 0 0 50 100 500 cm BI /W 2 /H 1 /CS /G /BPC 8 ID \u00ff\u0000 EI Q"
                + " BT /F1 12 Tf 72 700 Td (Name Jane Doe) Tj ET");
        Path out = dir.resolve("out.pdf");
        List<Box> boxes = List.of(new Box(110, 250, 30, 30)); // inside the image, which spans y 242..292

        PdfRedactionResult result = redactor.redact(in, Map.of(1, boxes), out);

        assertThat(result.pages().get(0).outcome()).isEqualTo(PageOutcome.RASTERISED);
        assertThat(result.pages().get(0).reason()).contains("inline image");
        assertThat(RedactionAssertions.pdfboxText(out)).doesNotContain("Jane");
        assertNoNewInkFarFromTheBoxes(in, out, boxes);
    }

    /** A rasterised page is resampled, so edges may shift a little; but no ink may appear where there was none. */
    private static void assertNoNewInkFarFromTheBoxes(Path in, Path out, List<Box> boxes) throws Exception {
        BufferedImage before = PdfRedactorTest.render(in), after = PdfRedactorTest.render(out);
        for (Box b : boxes) {
            Box inner = b.grow(-1);
            assertThat(PdfTextExtractorTest.dark(after, inner, 0)).isEqualTo((int) inner.area());
        }
        int newInk = 0;
        for (int y = 0; y < after.getHeight(); y++) {
            for (int x = 0; x < after.getWidth(); x++) {
                Box px = new Box(x, y, 1, 1);
                boolean far = boxes.stream().noneMatch(b -> b.grow(3).intersects(px));
                if (far && (before.getRGB(x, y) & 0xff) >= 250 && PdfTextExtractorTest.isDark(after.getRGB(x, y))) {
                    newInk++;
                }
            }
        }
        assertThat(newInk).as("dark pixels where the page was white").isZero();
    }

    /** A page showing "aaa" at (72, 700) in a Type3 font whose only glyph is a filled square. */
    private static PDPage type3Page(PDDocument doc) throws Exception {
        COSStream square = doc.getDocument().createCOSStream();
        try (OutputStream os = square.createOutputStream()) {
            os.write("600 0 0 0 500 500 d1 0 0 500 500 re f".getBytes(StandardCharsets.ISO_8859_1));
        }
        COSDictionary procs = new COSDictionary();
        procs.setItem(COSName.getPDFName("a"), square);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(97));
        differences.add(COSName.getPDFName("a"));
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 500, 500).getCOSArray());
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(v));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 97);
        font.setInt(COSName.LAST_CHAR, 97);
        COSArray widths = new COSArray();
        widths.add(COSInteger.get(600));
        font.setItem(COSName.WIDTHS, widths);
        PDPage page = new PDPage(PDRectangle.LETTER);
        PDResources res = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("T3"), font);
        res.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(res);
        COSStream content = doc.getDocument().createCOSStream();
        try (OutputStream os = content.createOutputStream()) {
            os.write("BT /T3 12 Tf 72 700 Td (aaa) Tj ET".getBytes(StandardCharsets.ISO_8859_1));
        }
        page.getCOSObject().setItem(COSName.CONTENTS, content);
        return page;
    }
}
