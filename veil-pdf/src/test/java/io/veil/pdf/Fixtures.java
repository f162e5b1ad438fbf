package io.veil.pdf;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Synthetic PDFs for the tests: every value in them is made up (example.com, the published test IBAN). */
final class Fixtures {

    static final String EMAIL = "jane.doe@example.com";
    static final String IBAN = "DE89 3704 0044 0532 0130 00";
    static final String NAME = "Jane Doe";
    static final float SIZE = 12;
    static final float LEFT = 72;
    static final float[] BASELINES = {700, 670, 640};
    static final List<String> LINES = List.of(
            "Contact " + EMAIL + " today",
            "IBAN " + IBAN + " ok",
            "Name " + NAME + " signed");

    static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** Which kind of font draws the text. */
    enum FontKind {
        STANDARD_14, TYPE0_DEJAVU;

        PDFont load(PDDocument doc) throws IOException {
            return this == STANDARD_14 ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(doc, DEJAVU);
        }
    }

    private Fixtures() {
    }

    /** A letter page with {@link #LINES} at {@link #LEFT} and {@link #BASELINES}. */
    static Path lines(Path dir, FontKind kind) throws IOException {
        return lines(dir, kind, 0, null);
    }

    static Path lines(Path dir, FontKind kind, int rotation, PDRectangle crop) throws IOException {
        Path file = dir.resolve("lines-" + kind + "-" + rotation + (crop == null ? "" : "-crop") + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setRotation(rotation);
            if (crop != null) {
                page.setCropBox(crop);
            }
            doc.addPage(page);
            PDFont font = kind.load(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < LINES.size(); i++) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.newLineAtOffset(LEFT, BASELINES[i]);
                    cs.showText(LINES.get(i));
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Where the {@code token}-th space-separated word of a line starts, in points from the media box's left. */
    static float xOf(FontKind kind, int line, int token) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = kind.load(doc);
            String text = LINES.get(line);
            return LEFT + font.getStringWidth(text.substring(0, charOf(line, token))) / 1000 * SIZE;
        }
    }

    /** The char offset of the {@code token}-th word of a line. */
    static int charOf(int line, int token) {
        String[] words = LINES.get(line).split(" ");
        int at = 0;
        for (int i = 0; i < token; i++) {
            at += words[i].length() + 1;
        }
        return at;
    }

    static float widthOf(FontKind kind, String word) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return kind.load(doc).getStringWidth(word) / 1000 * SIZE;
        }
    }

    /** A page whose content stream is written by hand, with Helvetica as /F1. */
    static Path raw(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(res);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.addPage(page);
            doc.save(file.toFile());
        }
        return file;
    }
}
