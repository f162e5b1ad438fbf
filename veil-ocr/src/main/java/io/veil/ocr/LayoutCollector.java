package io.veil.ocr;

import static org.bytedeco.tesseract.global.tesseract.RIL_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.RIL_PARA;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * Turns a recognised Tesseract page into a {@link TextLayout}: one pass over the symbols, opening a word,
 * line or paragraph whenever the iterator stands at its beginning. Boxes are divided by {@code scale} to
 * land back in the caller's pixels. Stateless; the {@link TessBaseAPI} it reads must not be shared.
 */
final class LayoutCollector {

    private LayoutCollector() {
    }

    static TextLayout collect(TessBaseAPI api, int scale) {
        ResultIterator it = api.GetIterator();
        if (it == null || it.isNull()) {
            return TextLayout.EMPTY;
        }
        try {
            return walk(it, scale);
        } finally {
            TessResultIteratorDelete(it);
        }
    }

    private static TextLayout walk(ResultIterator it, int scale) {
        TextLayout.Builder layout = TextLayout.builder();
        int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
        PendingWord word = null;
        String pending = "";
        it.Begin();
        do {
            if (it.IsAtBeginningOf(RIL_BLOCK) || it.IsAtBeginningOf(RIL_PARA)) {
                pending = stronger(pending, "\n\n");
            } else if (it.IsAtBeginningOf(RIL_TEXTLINE)) {
                pending = stronger(pending, "\n");
            }
            if (it.IsAtBeginningOf(RIL_WORD)) {
                if (word != null) {
                    word.emit(layout);
                }
                word = null;
                String text = text(it, RIL_WORD).strip();
                if (!text.isEmpty() && it.BoundingBox(RIL_WORD, l, t, r, b)) {
                    String separator = layout.length() == 0 ? "" : stronger(pending, " ");
                    double conf = Math.clamp(it.Confidence(RIL_WORD) / 100.0, 0.0, 1.0);
                    word = new PendingWord(separator, text, box(l[0], t[0], r[0], b[0], scale), conf);
                    pending = "";
                }
            }
            if (word != null && it.BoundingBox(RIL_SYMBOL, l, t, r, b)) {
                word.symbol(text(it, RIL_SYMBOL), box(l[0], t[0], r[0], b[0], scale));
            }
        } while (it.Next(RIL_SYMBOL));
        if (word != null) {
            word.emit(layout);
        }
        return layout.build();
    }

    private static String stronger(String current, String candidate) {
        return candidate.length() > current.length() ? candidate : current;
    }

    private static String text(ResultIterator it, int level) {
        BytePointer p = it.GetUTF8Text(level);
        if (p == null || p.isNull()) {
            return "";
        }
        try {
            return p.getString(StandardCharsets.UTF_8);
        } finally {
            TessDeleteText(p);
        }
    }

    /** Scales back outwards so that a box drawn from it still covers every ink pixel. */
    private static Box box(int left, int top, int right, int bottom, int scale) {
        return Box.ofCorners(Math.floorDiv(left, scale), Math.floorDiv(top, scale),
                Math.ceilDiv(right, scale), Math.ceilDiv(bottom, scale));
    }

    /** A word whose symbols are still being read. */
    private static final class PendingWord {
        private final String separator;
        private final String text;
        private final Box box;
        private final double confidence;
        private final StringBuilder symbolText = new StringBuilder();
        private final List<Box> glyphs = new ArrayList<>();

        PendingWord(String separator, String text, Box box, double confidence) {
            this.separator = separator;
            this.text = text;
            this.box = box;
            this.confidence = confidence;
        }

        /** A symbol may carry several chars (ligatures): its box is shared out evenly across them. */
        void symbol(String s, Box symbolBox) {
            if (s.isEmpty()) {
                return;
            }
            symbolText.append(s);
            int n = s.length();
            for (int i = 0; i < n; i++) {
                int x0 = symbolBox.x() + symbolBox.width() * i / n;
                int x1 = symbolBox.x() + symbolBox.width() * (i + 1) / n;
                glyphs.add(new Box(x0, symbolBox.y(), Math.max(1, x1 - x0), symbolBox.height()));
            }
        }

        void emit(TextLayout.Builder layout) {
            layout.separator(separator);
            // Glyph boxes are only trusted when the symbols spell exactly the word; otherwise the
            // layout interpolates char positions across the word box.
            boolean exact = symbolText.toString().equals(text) && glyphs.size() == text.length();
            layout.word(text, box, confidence, exact ? glyphs : List.of());
        }
    }
}
