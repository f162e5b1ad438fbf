package io.veil.faces;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the windows a detector looks through: level 0 is the whole image letterboxed to the model's aspect
 * (image at the top-left, the rest black), level k is a grid of tiles 2<sup>k</sup> times smaller with the
 * given overlap, so that a face too small for the whole-image pass fills enough of a tile's model input.
 * Pure function; thread-safe.
 *
 * <pre>{@code
 * List<Tiling.Window> ws = Tiling.plan(1920, 1080, 1.0, 3, 64, 0.25);
 * }</pre>
 */
final class Tiling {

    /** A window in image pixels; it may reach past the image's right and bottom edges (padded black). */
    record Window(int x, int y, int width, int height, int level) {
        Window {
            if (width <= 0 || height <= 0 || level < 0) {
                throw new IllegalArgumentException("bad window " + width + "x" + height + " level " + level);
            }
        }
    }

    private Tiling() {
    }

    /**
     * @param aspect     model input width / height
     * @param maxLevel   deepest tiling level (0 = whole image only)
     * @param minTile    tiles whose height would fall below this many pixels are not planned
     * @param overlap    fraction of a tile shared with its neighbour
     */
    static List<Window> plan(int imageWidth, int imageHeight, double aspect, int maxLevel, int minTile, double overlap) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("empty image");
        }
        double canvasH = Math.max(imageHeight, imageWidth / aspect);
        List<Window> out = new ArrayList<>();
        out.add(new Window(0, 0, (int) Math.ceil(canvasH * aspect), (int) Math.ceil(canvasH), 0));
        for (int level = 1; level <= maxLevel; level++) {
            int th = (int) Math.round(canvasH / (1 << level));
            int tw = (int) Math.round(th * aspect);
            if (th < minTile) {
                break;
            }
            for (int y : positions(imageHeight, th, overlap)) {
                for (int x : positions(imageWidth, tw, overlap)) {
                    out.add(new Window(x, y, tw, th, level));
                }
            }
        }
        return out;
    }

    /** Evenly spread tile origins covering [0, length) with at least the requested overlap. */
    static int[] positions(int length, int tile, double overlap) {
        if (tile >= length) {
            return new int[] {0};
        }
        double stride = tile * (1 - overlap);
        int n = (int) Math.ceil((length - tile) / stride) + 1;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) Math.round((double) i * (length - tile) / (n - 1));
        }
        return out;
    }
}
