package io.veil.pdf;

import io.veil.model.Box;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks one page's content (and the form XObjects it draws) and notes, for every text-showing operator, the
 * byte range and advance of each glyph and whether its centre lies in a redaction box; also the images under
 * a box and anything that makes a glyph-level rewrite unsafe. Operators are numbered per stream in the order
 * {@code PDFStreamParser} yields them, so {@link ContentRewriter} can find them again. One use; not thread-safe.
 */
final class GlyphCollector extends PDFGraphicsStreamEngine {

    private static final Set<String> SHOW_OPS = Set.of("Tj", "TJ", "'", "\"");

    /** One glyph of a show-text operator: which string operand, which bytes, and its advance as a TJ number. */
    static final class Glyph {
        final int element, byteStart, byteEnd;
        final float tjAdjust;
        boolean remove;

        Glyph(int element, int byteStart, int byteEnd, float tjAdjust) {
            this.element = element;
            this.byteStart = byteStart;
            this.byteEnd = byteEnd;
            this.tjAdjust = tjAdjust;
        }
    }

    /** An image XObject drawn under a box, with the matrix that maps its unit square to user space. */
    record ImageUse(PDImageXObject image, Matrix ctm) {
    }

    private static final class StreamContext {
        final COSBase key;
        int operators;
        int depth;

        StreamContext(COSBase key) {
            this.key = key;
        }
    }

    private final PageFrame frame;
    private final List<Box> boxes;
    /** stream (page dictionary or form stream) → operator number → glyphs keyed by (element, byteStart). */
    private final Map<COSBase, Map<Integer, Map<Long, Glyph>>> glyphs = new IdentityHashMap<>();
    private final Map<COSBase, PDFormXObject> forms = new IdentityHashMap<>();
    private final List<ImageUse> images = new ArrayList<>();
    private final Deque<StreamContext> streams = new ArrayDeque<>();
    private String unsafeReason;
    private int glyphsInBoxes;

    private Map<Long, Glyph> currentOp;
    private List<Integer> stringElements = List.of();
    private int stringCursor;
    private int currentElement;
    private ByteArrayInputStream codes;
    private int codesLength;

    GlyphCollector(PDPage page, List<Box> boxes) {
        super(page);
        this.frame = PageFrame.of(page);
        this.boxes = List.copyOf(boxes);
    }

    void collect() throws IOException {
        streams.push(new StreamContext(getPage().getCOSObject()));
        processPage(getPage());
        streams.pop();
    }

    Map<COSBase, Map<Integer, Map<Long, Glyph>>> glyphs() {
        return glyphs;
    }

    Map<COSBase, PDFormXObject> forms() {
        return forms;
    }

    List<ImageUse> images() {
        return images;
    }

    /** Why this page cannot be rewritten glyph by glyph, or null when it can. */
    String unsafeReason() {
        return unsafeReason;
    }

    int glyphsInBoxes() {
        return glyphsInBoxes;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        StreamContext ctx = streams.peek();
        // ' and " call Tj/Tw/Tc internally: only operators read from the stream are numbered
        if (ctx != null && ctx.depth == 0) {
            int index = ctx.operators++;
            if (SHOW_OPS.contains(operator.getName())) {
                beginShow(ctx.key, index, operator.getName(), operands);
            } else {
                currentOp = null;
            }
        }
        if (ctx != null) {
            ctx.depth++;
        }
        try {
            super.processOperator(operator, operands);
        } finally {
            if (ctx != null) {
                ctx.depth--;
            }
        }
    }

    private void beginShow(COSBase key, int index, String name, List<COSBase> operands) {
        currentOp = glyphs.computeIfAbsent(key, k -> new LinkedHashMap<>())
                .computeIfAbsent(index, k -> new LinkedHashMap<>());
        stringElements = new ArrayList<>();
        if (name.equals("TJ") && !operands.isEmpty() && operands.get(0) instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSString) {
                    stringElements.add(i);
                }
            }
        } else {
            stringElements.add(0);
        }
        stringCursor = 0;
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        forms.put(form.getCOSObject(), form);
        streams.push(new StreamContext(form.getCOSObject()));
        try {
            super.showForm(form);
        } finally {
            streams.pop();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        forms.put(group.getCOSObject(), group);
        streams.push(new StreamContext(group.getCOSObject()));
        try {
            super.showTransparencyGroup(group);
        } finally {
            streams.pop();
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        currentElement = stringCursor < stringElements.size() ? stringElements.get(stringCursor) : -1;
        stringCursor++;
        codes = new ByteArrayInputStream(string);
        codesLength = string.length;
        super.showText(string);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        int start = codesLength - codes.available();
        int read = font.readCode(codes);
        int end = codesLength - codes.available();
        Rectangle2D box = frame.toDisplay(GlyphGeometry.userBox(trm, font, displacement.getX()));
        boolean inBox = boxes.stream().anyMatch(b -> PageFrame.centreInside(box, b));
        if (!inBox) {
            record(start, end, code, displacement, false);
            return;
        }
        glyphsInBoxes++;
        PDTextState text = getGraphicsState().getTextState();
        if (currentOp == null || currentElement < 0) {
            unsafe("text shown outside a page or form content stream");
        } else if (read != code) {
            unsafe("glyph codes could not be decoded consistently");
        } else if (font instanceof PDType3Font) {
            unsafe("Type3 font under a box");
        } else if (font.isVertical()) {
            unsafe("vertical writing mode under a box");
        } else if (text.getFontSize() == 0) {
            unsafe("zero font size under a box");
        }
        record(start, end, code, displacement, true);
    }

    private void record(int start, int end, int code, Vector displacement, boolean remove) {
        if (currentOp == null || currentElement < 0) {
            return;
        }
        PDTextState text = getGraphicsState().getTextState();
        float size = text.getFontSize();
        float spacing = text.getCharacterSpacing() + (end - start == 1 && code == 32 ? text.getWordSpacing() : 0);
        float adjust = size == 0 ? 0 : -(displacement.getX() * 1000f + spacing * 1000f / size);
        long key = ((long) currentElement << 32) | start;
        Glyph g = currentOp.computeIfAbsent(key, k -> new Glyph(currentElement, start, end, adjust));
        g.remove |= remove;
    }

    private void unsafe(String reason) {
        if (unsafeReason == null) {
            unsafeReason = reason;
        }
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix().clone();
        Rectangle2D user = unitSquare(ctm);
        Rectangle2D shown = frame.toDisplay(user);
        boolean under = boxes.stream().anyMatch(b -> shown.intersects(b.x(), b.y(), b.width(), b.height()));
        if (!under) {
            return;
        }
        if (!(image instanceof PDImageXObject xobject)) {
            unsafe("inline image under a box");
        } else if (image.isStencil()) {
            unsafe("stencil mask image under a box");
        } else {
            images.add(new ImageUse(xobject, ctm));
        }
    }

    private static Rectangle2D unitSquare(Matrix ctm) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(c[0], c[1]);
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    // Paths do not matter here: vector art under a box is covered by the black fill.
    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
