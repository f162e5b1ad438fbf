package io.veil.model;

import java.util.List;

/**
 * One word of a page with its box, read by OCR or from a text layer. {@code span} is where the word sits in
 * the page text of its {@link TextLayout}. {@code glyphs}, when not empty, holds one box per char of
 * {@code text} (for partial redaction by character geometry); when empty, character positions are
 * interpolated across {@code box}.
 */
public record Word(String text, Box box, double confidence, TextSpan span, List<Box> glyphs) {

    public Word {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty word");
        }
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("span " + span + " does not fit word of length " + text.length());
        }
        if (!glyphs.isEmpty() && glyphs.size() != text.length()) {
            throw new IllegalArgumentException("glyph count " + glyphs.size() + " != word length " + text.length());
        }
        glyphs = List.copyOf(glyphs);
    }

    public Word(String text, Box box, double confidence, TextSpan span) {
        this(text, box, confidence, span, List.of());
    }

    /** The box covering chars {@code [from, to)} of this word (word-relative indices). */
    public Box charBox(int from, int to) {
        if (from < 0 || to > text.length() || to <= from) {
            throw new IllegalArgumentException("bad char range [" + from + ", " + to + ") in word of " + text.length());
        }
        if (!glyphs.isEmpty()) {
            return Box.unionOf(glyphs.subList(from, to));
        }
        double per = (double) box.width() / text.length();
        int x0 = box.x() + (int) Math.floor(from * per);
        int x1 = box.x() + (int) Math.ceil(to * per);
        return new Box(x0, box.y(), Math.max(1, x1 - x0), box.height());
    }
}
