package io.veil.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders lines of synthetic text with Java2D and remembers where each drawn word's ink landed, so that
 * OCR boxes can be compared with the truth. Test fixture; not thread-safe.
 */
final class SyntheticPage {

    /** A drawn word and the tight bounds of its ink in image pixels. */
    record Drawn(String text, Rectangle2D bounds) {
    }

    private final BufferedImage image;
    private final Graphics2D g;
    private final List<Drawn> drawn = new ArrayList<>();

    SyntheticPage(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Draws {@code line} with its baseline at ({@code x}, {@code baseline}); words are split on spaces. */
    SyntheticPage line(String line, int x, int baseline, Font font) {
        g.setFont(font);
        FontRenderContext frc = g.getFontRenderContext();
        double cursor = x;
        for (String word : line.split(" ", -1)) {
            if (!word.isEmpty()) {
                Rectangle2D ink = font.createGlyphVector(frc, word).getVisualBounds();
                drawn.add(new Drawn(word, new Rectangle2D.Double(cursor + ink.getX(), baseline + ink.getY(),
                        ink.getWidth(), ink.getHeight())));
                g.drawString(word, (float) cursor, baseline);
            }
            cursor += font.getStringBounds(word + " ", frc).getWidth();
        }
        return this;
    }

    /** Draws paragraphs of lines from the top-left corner with the given line spacing. */
    SyntheticPage lines(List<String> lines, int x, int top, Font font, double spacing) {
        int baseline = top + font.getSize();
        for (String line : lines) {
            line(line, x, baseline, font);
            baseline += (int) Math.round(font.getSize() * spacing);
        }
        return this;
    }

    BufferedImage image() {
        return image;
    }

    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** The drawn words by text (the last one wins for repeated words). */
    Map<String, Drawn> byText() {
        Map<String, Drawn> map = new LinkedHashMap<>();
        drawn.forEach(d -> map.put(d.text(), d));
        return map;
    }

    static Font sans(int px) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, px);
    }

    static Font serif(int px) {
        return new Font(Font.SERIF, Font.PLAIN, px);
    }
}
