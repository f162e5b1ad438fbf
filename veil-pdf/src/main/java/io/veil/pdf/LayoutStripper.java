package io.veil.pdf;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Builds one page's {@link TextLayout} from PDFBox's text positions. The page text is rebuilt from the
 * positions themselves (not from the normalised string PDFBox passes along, and ignoring /ActualText), so
 * every char keeps the box of the glyph that drew it. One instance per page; not thread-safe.
 */
final class LayoutStripper extends PDFTextStripper {

    private final PageFrame frame;
    private final TextLayout.Builder layout = TextLayout.builder();
    private final StringBuilder word = new StringBuilder();
    private final List<Box> glyphs = new ArrayList<>();
    private String pendingSeparator = "";
    private int chars;
    private int unmapped;

    LayoutStripper(PageFrame frame, int pageNumber) {
        this.frame = frame;
        setSortByPosition(true);
        setStartPage(pageNumber);
        setEndPage(pageNumber);
    }

    TextLayout run(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
        flushWord();
        return layout.build();
    }

    int chars() {
        return chars;
    }

    int unmappedChars() {
        return unmapped;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            if (u.isBlank()) {
                flushWord();
                separator(" ");
                continue;
            }
            u = normalise(u);
            // PDFBox hands out text matrices already shifted to the crop box origin
            Rectangle2D shifted = GlyphGeometry.userBox(p.getTextMatrix(), p.getFont(), advance(p));
            Rectangle2D box = frame.toDisplay(new Rectangle2D.Double(shifted.getX() + frame.cropX(),
                    shifted.getY() + frame.cropY(), shifted.getWidth(), shifted.getHeight()));
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                if (Character.isWhitespace(c)) {
                    flushWord();
                    separator(" ");
                    continue;
                }
                // a ligature (fi, ffl) spans several chars: each takes its share of the glyph's width
                double part = box.getWidth() / u.length();
                Rectangle2D sub = new Rectangle2D.Double(box.getX() + i * part, box.getY(), part, box.getHeight());
                word.append(c);
                glyphs.add(PageFrame.enclosing(sub));
                chars++;
                if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) {
                    unmapped++;
                }
            }
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        // PDFBox would put an /ActualText in place of the glyphs it covers, tying its chars to the wrong boxes
        COSDictionary glyphsOnly = properties;
        if (properties != null && properties.containsKey(COSName.ACTUAL_TEXT)) {
            glyphsOnly = new COSDictionary(properties);
            glyphsOnly.removeItem(COSName.ACTUAL_TEXT);
        }
        super.beginMarkedContentSequence(tag, glyphsOnly);
    }

    @Override
    protected void writeWordSeparator() {
        flushWord();
        separator(" ");
    }

    @Override
    protected void writeLineSeparator() {
        flushWord();
        separator("\n");
    }

    private void separator(String s) {
        if (layout.length() == 0 && word.isEmpty()) {
            return;
        }
        // a newline wins over a space; repeated separators collapse to one
        if (pendingSeparator.isEmpty() || s.equals("\n")) {
            pendingSeparator = s;
        }
    }

    private void flushWord() {
        if (word.isEmpty()) {
            return;
        }
        if (layout.length() > 0) {
            layout.separator(pendingSeparator.isEmpty() ? " " : pendingSeparator);
        }
        pendingSeparator = "";
        layout.word(word.toString(), Box.unionOf(glyphs), 1.0, List.copyOf(glyphs));
        word.setLength(0);
        glyphs.clear();
    }

    private static String normalise(String u) {
        // PDFBox's own rule: only presentation forms (ligatures) are decomposed, other text stays as written
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= 0xFB00 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                return Normalizer.normalize(u, Normalizer.Form.NFKC);
            }
        }
        return u;
    }

    private static float advance(TextPosition p) {
        PDFont font = p.getFont();
        float total = 0;
        try {
            for (int code : p.getCharacterCodes()) {
                total += font.getDisplacement(code).getX();
            }
        } catch (IOException | RuntimeException e) {
            return 0.5f;
        }
        return total;
    }
}
