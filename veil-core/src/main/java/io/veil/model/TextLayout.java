package io.veil.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one page and the words it is made of, each with its box and its char offsets in that text.
 * Born-digital text and OCR produce the same layout, so a text finding becomes boxes by offset lookup
 * ({@link #boxesFor}), never by re-counting strings. Words are in reading order and their spans do not overlap.
 *
 * <pre>{@code
 * TextLayout layout = TextLayout.builder().word("Call", box1, 0.9).space().word("0161", box2, 0.8).build();
 * List<Box> boxes = layout.boxesFor(new TextSpan(5, 9));   // the box of "0161"
 * }</pre>
 */
public record TextLayout(String text, List<Word> words) {

    public static final TextLayout EMPTY = new TextLayout("", List.of());

    public TextLayout {
        words = List.copyOf(words);
        int last = 0;
        for (Word w : words) {
            if (w.span().start() < last || w.span().end() > text.length()) {
                throw new IllegalArgumentException("word spans must be ordered and inside the text: " + w.span());
            }
            if (!w.span().of(text).equals(w.text())) {
                throw new IllegalArgumentException("word text does not match the page text at " + w.span());
            }
            last = w.span().end();
        }
    }

    /** A layout of plain text without geometry (text inputs, barcode payloads). */
    public static TextLayout ofText(String text) {
        return new TextLayout(text, List.of());
    }

    /**
     * The boxes covering {@code span}: one box per line (words whose boxes share a line are merged),
     * cut at character precision where the span starts or ends inside a word. Empty when no word overlaps.
     */
    public List<Box> boxesFor(TextSpan span) {
        List<Box> lines = new ArrayList<>();
        Box current = null;
        for (Word w : words) {
            int from = Math.max(span.start(), w.span().start()) - w.span().start();
            int to = Math.min(span.end(), w.span().end()) - w.span().start();
            if (to <= from) {
                continue;
            }
            // OCR glyph boxes are least precise at word edges; punctuation left over beside a value goes with it.
            if (!hasLetterOrDigit(w.text(), to, w.text().length())) {
                to = w.text().length();
            }
            if (!hasLetterOrDigit(w.text(), 0, from)) {
                from = 0;
            }
            Box b = w.charBox(from, to);
            if (current != null && sameLine(current, b)) {
                current = current.union(b);
            } else {
                if (current != null) {
                    lines.add(current);
                }
                current = b;
            }
        }
        if (current != null) {
            lines.add(current);
        }
        return lines;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The same text with every word and glyph box scaled by {@code factor} (pixels to page units). */
    public TextLayout scaled(double factor) {
        if (factor == 1) {
            return this;
        }
        return new TextLayout(text, words.stream().map(w -> new Word(w.text(), w.box().scaled(factor), w.confidence(), w.span(),
                w.glyphs().stream().map(g -> g.scaled(factor)).toList())).toList());
    }

    /** The words that overlap {@code span}. */
    public List<Word> wordsIn(TextSpan span) {
        return words.stream().filter(w -> w.span().overlaps(span)).toList();
    }

    private static boolean sameLine(Box a, Box b) {
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return overlap > 0.5 * Math.min(a.height(), b.height()) && b.x() >= a.x() - a.height();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends words and separators while keeping the text and the word offsets in step. Not thread-safe. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Word> words = new ArrayList<>();

        public Builder word(String w, Box box, double confidence) {
            return word(w, box, confidence, List.of());
        }

        public Builder word(String w, Box box, double confidence, List<Box> glyphs) {
            int start = text.length();
            text.append(w);
            words.add(new Word(w, box, confidence, new TextSpan(start, text.length()), glyphs));
            return this;
        }

        public Builder space() {
            return separator(" ");
        }

        public Builder newline() {
            return separator("\n");
        }

        public Builder separator(String s) {
            text.append(s);
            return this;
        }

        public int length() {
            return text.length();
        }

        public TextLayout build() {
            return new TextLayout(text.toString(), words);
        }
    }
}
