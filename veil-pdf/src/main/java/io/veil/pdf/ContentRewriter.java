package io.veil.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Rewrites the show-text operators of one parsed content stream so that the marked glyphs are gone and every
 * other glyph keeps its position: each removed run of glyph codes becomes a TJ number worth exactly the
 * advance those glyphs had. {@code '} and {@code "} are expanded to the operators they stand for
 * ({@code T*}, {@code Tw}, {@code Tc}) followed by a TJ. Stateless.
 */
final class ContentRewriter {

    private ContentRewriter() {
    }

    /** Marked-content entries that repeat the text they mark, which would survive the glyphs' removal. */
    private static final List<COSName> TEXT_COPIES = List.of(COSName.ACTUAL_TEXT, COSName.ALT, COSName.E);

    /** The tokens of the rewritten stream, or the same list when no operator lost a glyph. */
    static List<Object> rewrite(List<Object> tokens, Map<Integer, Map<Long, GlyphCollector.Glyph>> ops) {
        if (ops.values().stream().flatMap(m -> m.values().stream()).noneMatch(g -> g.remove)) {
            return tokens;
        }
        List<Object> out = new ArrayList<>(tokens.size());
        List<COSBase> operands = new ArrayList<>();
        int index = 0;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            Map<Long, GlyphCollector.Glyph> glyphs = ops.get(index++);
            if (op.getName().equals("BDC") || op.getName().equals("DP")) {
                dropTextCopies(operands);
            }
            if (glyphs == null || glyphs.values().stream().noneMatch(g -> g.remove)) {
                out.addAll(operands);
                out.add(op);
            } else {
                out.addAll(replacement(op.getName(), operands, List.copyOf(glyphs.values())));
            }
            operands.clear();
        }
        out.addAll(operands);
        return out;
    }

    /**
     * A stream that lost glyphs loses the /ActualText, /Alt and /E of its inline marked-content properties:
     * they may spell out the removed text, and which marked run held it is not worth the risk.
     */
    private static void dropTextCopies(List<COSBase> operands) {
        for (int i = 0; i < operands.size(); i++) {
            if (operands.get(i) instanceof COSDictionary d && TEXT_COPIES.stream().anyMatch(d::containsKey)) {
                COSDictionary copy = new COSDictionary(d);
                TEXT_COPIES.forEach(copy::removeItem);
                operands.set(i, copy);
            }
        }
    }

    private static List<Object> replacement(String name, List<COSBase> operands, List<GlyphCollector.Glyph> glyphs) {
        List<Object> out = new ArrayList<>();
        switch (name) {
            case "TJ" -> {
                COSArray source = (COSArray) operands.get(0);
                COSArray array = new COSArray();
                for (int i = 0; i < source.size(); i++) {
                    COSBase element = source.getObject(i);
                    if (element instanceof COSString s) {
                        appendCut(array, s.getBytes(), glyphsOf(glyphs, i));
                    } else if (element != null) {
                        array.add(element);
                    }
                }
                out.add(array);
            }
            case "Tj", "'", "\"" -> {
                if (name.equals("\"")) {
                    out.add(operands.get(0));
                    out.add(Operator.getOperator("Tw"));
                    out.add(operands.get(1));
                    out.add(Operator.getOperator("Tc"));
                }
                if (!name.equals("Tj")) {
                    out.add(Operator.getOperator("T*"));
                }
                COSArray array = new COSArray();
                appendCut(array, ((COSString) operands.get(operands.size() - 1)).getBytes(), glyphsOf(glyphs, 0));
                out.add(array);
            }
            default -> throw new IllegalStateException("not a show-text operator: " + name);
        }
        out.add(Operator.getOperator("TJ"));
        return out;
    }

    private static List<GlyphCollector.Glyph> glyphsOf(List<GlyphCollector.Glyph> glyphs, int element) {
        return glyphs.stream().filter(g -> g.element == element)
                .sorted(Comparator.comparingInt(g -> g.byteStart)).toList();
    }

    /** Appends the kept bytes of one string and a TJ number in place of each removed run. */
    private static void appendCut(COSArray array, byte[] bytes, List<GlyphCollector.Glyph> glyphs) {
        Cut cut = new Cut(array);
        int pos = 0;
        for (GlyphCollector.Glyph g : glyphs) {
            if (g.byteStart < pos || g.byteEnd > bytes.length) {
                continue;
            }
            // bytes no glyph claimed stay as they were
            cut.keep(bytes, pos, g.byteStart);
            if (g.remove) {
                cut.drop(g.tjAdjust);
            } else {
                cut.keep(bytes, g.byteStart, g.byteEnd);
            }
            pos = g.byteEnd;
        }
        cut.keep(bytes, pos, bytes.length);
        cut.finish();
    }

    /** Alternating runs of kept bytes and removed advances, written into a TJ array. */
    private static final class Cut {
        private final COSArray array;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private float gap;
        private boolean inGap;

        Cut(COSArray array) {
            this.array = array;
        }

        void keep(byte[] bytes, int from, int to) {
            if (to <= from) {
                return;
            }
            flushGap();
            kept.write(bytes, from, to - from);
        }

        void drop(float advance) {
            flushKept();
            gap += advance;
            inGap = true;
        }

        void finish() {
            flushGap();
            flushKept();
        }

        private void flushGap() {
            if (inGap) {
                array.add(new COSFloat(gap));
                gap = 0;
                inGap = false;
            }
        }

        private void flushKept() {
            if (kept.size() > 0) {
                array.add(new COSString(kept.toByteArray()));
                kept.reset();
            }
        }
    }
}
