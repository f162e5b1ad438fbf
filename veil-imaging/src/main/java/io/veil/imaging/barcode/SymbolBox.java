package io.veil.imaging.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import io.veil.model.Box;

/**
 * Turns ZXing's result points into a box over the whole symbol. ZXing reports where it locked on, not the
 * symbol's extent: a QR code's points are the centres of its finder patterns (3.5 modules in from the edges),
 * a linear barcode's points lie on the one scan line that decoded. So a QR box is completed to its fourth
 * corner and grown by 30% of its side (more than 3.5 modules plus a margin for version 1, the tightest case);
 * a linear box is widened to the outermost bars of the decoded row (ZXing's points sit inside the start and
 * stop patterns) and grown along its bars for as long as the rows repeat that row's pattern. A linear "code"
 * whose pattern repeats over fewer rows than a tenth of its length is a misread of text or texture (ZXing's
 * TRY_HARDER finds EAN-8 and ITF in text lines and photos) and is dropped. Not
 * thread-safe: one instance per image.
 */
final class SymbolBox {
    private static final double QR_GROWTH = 0.30;
    private static final double OTHER_2D_GROWTH = 0.15;
    private static final double SAME_PATTERN = 0.85;
    /** Printed barcodes are at least 15% as tall as long; a "code" read off one line of text is not. */
    private static final double MIN_BAR_HEIGHT_RATIO = 0.10;
    private static final int MIN_BAR_ROWS = 5;

    private final byte[] luminance;
    private final int width;
    private final int height;

    SymbolBox(LuminanceSource source) {
        this.luminance = source.getMatrix();
        this.width = source.getWidth();
        this.height = source.getHeight();
    }

    /** The symbol's box, or {@code null} for a linear code whose bars do not repeat over enough rows. */
    Box of(Result r) {
        ResultPoint[] p = r.getResultPoints();
        Box box;
        if (r.getBarcodeFormat() == BarcodeFormat.QR_CODE && p.length >= 3) {
            // bottom-left, top-left, top-right finder centres: the fourth corner mirrors top-left.
            float x4 = p[0].getX() + p[2].getX() - p[1].getX(), y4 = p[0].getY() + p[2].getY() - p[1].getY();
            box = bounds(p, 3, x4, y4);
            box = grow(box, QR_GROWTH * Math.max(box.width(), box.height()));
        } else if (ZxingBarcodeReader.isLinear(r.getBarcodeFormat())) {
            box = linear(p);
            if (box == null) {
                return null;
            }
        } else {
            box = bounds(p, p.length, p[0].getX(), p[0].getY());
            box = grow(box, OTHER_2D_GROWTH * Math.max(box.width(), box.height()) + 2);
        }
        return box.clip(width, height);
    }

    private Box linear(ResultPoint[] p) {
        ResultPoint a = p[0], b = p[p.length - 1];
        boolean horizontal = Math.abs(b.getX() - a.getX()) >= Math.abs(b.getY() - a.getY());
        int lo = (int) Math.floor(Math.min(horizontal ? a.getX() : a.getY(), horizontal ? b.getX() : b.getY()));
        int hi = (int) Math.ceil(Math.max(horizontal ? a.getX() : a.getY(), horizontal ? b.getX() : b.getY()));
        int line = Math.round(horizontal ? (a.getY() + b.getY()) / 2 : (a.getX() + b.getX()) / 2);
        int limit = horizontal ? height : width;
        int along = horizontal ? width : height;
        lo = Math.max(0, lo);
        hi = Math.min(along - 1, hi);
        line = Math.max(0, Math.min(limit - 1, line));
        int threshold = threshold(horizontal, line, lo, hi);
        // The points sit mid-way into the start and stop patterns: walk out to the last bar on each side,
        // stopping at a light run of five narrowest bars (the quiet zone is at least ten).
        int gapLimit = 5 * narrowestRun(pattern(horizontal, line, lo, hi, threshold)) + 1;
        lo = outermostDark(horizontal, line, lo, -1, along, threshold, gapLimit);
        hi = outermostDark(horizontal, line, hi, +1, along, threshold, gapLimit);
        boolean[] pattern = pattern(horizontal, line, lo, hi, threshold);
        int first = line, last = line;
        while (first > 0 && same(pattern, pattern(horizontal, first - 1, lo, hi, threshold))) {
            first--;
        }
        while (last < limit - 1 && same(pattern, pattern(horizontal, last + 1, lo, hi, threshold))) {
            last++;
        }
        int bars = last - first + 1, length = hi - lo + 1;
        if (bars < Math.max(MIN_BAR_ROWS, MIN_BAR_HEIGHT_RATIO * length)) {
            return null;
        }
        int margin = 2 + (hi - lo) / 50;
        Box box = horizontal ? Box.ofCorners(lo, first, hi + 1, last + 1) : Box.ofCorners(first, lo, last + 1, hi + 1);
        return box.grow(margin);
    }

    private int outermostDark(boolean horizontal, int line, int from, int step, int along, int threshold, int gapLimit) {
        int last = from, gap = 0;
        for (int i = from + step; i >= 0 && i < along && gap < gapLimit; i += step) {
            if (lum(horizontal, line, i) < threshold) {
                last = i;
                gap = 0;
            } else {
                gap++;
            }
        }
        return last;
    }

    private static int narrowestRun(boolean[] dark) {
        int best = Integer.MAX_VALUE, run = 1;
        for (int i = 1; i < dark.length; i++) {
            if (dark[i] == dark[i - 1]) {
                run++;
            } else {
                best = Math.min(best, run);
                run = 1;
            }
        }
        return best == Integer.MAX_VALUE ? 1 : best;
    }

    private int lum(boolean horizontal, int line, int pos) {
        return horizontal ? luminance[line * width + pos] & 0xFF : luminance[pos * width + line] & 0xFF;
    }

    private int threshold(boolean horizontal, int line, int lo, int hi) {
        int min = 255, max = 0;
        for (int i = lo; i <= hi; i++) {
            int v = lum(horizontal, line, i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return (min + max) / 2;
    }

    private boolean[] pattern(boolean horizontal, int line, int lo, int hi, int threshold) {
        boolean[] dark = new boolean[hi - lo + 1];
        for (int i = lo; i <= hi; i++) {
            dark[i - lo] = lum(horizontal, line, i) < threshold;
        }
        return dark;
    }

    private static boolean same(boolean[] a, boolean[] b) {
        int match = 0;
        for (int i = 0; i < a.length; i++) {
            match += a[i] == b[i] ? 1 : 0;
        }
        return match >= SAME_PATTERN * a.length;
    }

    private static Box bounds(ResultPoint[] p, int n, float extraX, float extraY) {
        float x0 = extraX, y0 = extraY, x1 = extraX, y1 = extraY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, p[i].getX());
            y0 = Math.min(y0, p[i].getY());
            x1 = Math.max(x1, p[i].getX());
            y1 = Math.max(y1, p[i].getY());
        }
        return Box.ofCorners((int) Math.floor(x0), (int) Math.floor(y0), (int) Math.ceil(x1), (int) Math.ceil(y1));
    }

    private static Box grow(Box b, double pixels) {
        return b.grow((int) Math.ceil(pixels));
    }
}
