package io.veil.faces;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw output of MediaPipe's full-range BlazeFace (192 × 192 input) into boxes. The model has a
 * single 48 × 48 grid of anchors, one per cell, stride 4, centred in the cell, fixed size (MediaPipe's SSD
 * anchor options: num_layers 1, strides [4], anchor offset 0.5, fixed_anchor_size). Each anchor has one
 * score logit and 16 regressors: box centre offset, width, height (in input pixels, hence ÷ 192), then six
 * key points which Veil does not use. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<ScoredBox> boxes = BlazeFaceDecoder.decode(scores, regressors, 0.5); // normalised [0,1] coords
 * }</pre>
 */
final class BlazeFaceDecoder {

    static final int INPUT = 192;
    static final int GRID = 48;
    static final int ANCHORS = GRID * GRID;
    static final int REGRESSORS = 16;
    /** MediaPipe clips raw logits before the sigmoid so that a wild value cannot overflow. */
    private static final double LOGIT_CLIP = 100;

    private static final double[] ANCHOR_X = new double[ANCHORS];
    private static final double[] ANCHOR_Y = new double[ANCHORS];

    static {
        for (int y = 0, i = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++, i++) {
                ANCHOR_X[i] = (x + 0.5) / GRID;
                ANCHOR_Y[i] = (y + 0.5) / GRID;
            }
        }
    }

    private BlazeFaceDecoder() {
    }

    /** The centre of anchor {@code i} in normalised input coordinates, as {x, y}. */
    static double[] anchor(int i) {
        return new double[] {ANCHOR_X[i], ANCHOR_Y[i]};
    }

    static double sigmoid(double logit) {
        double clipped = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logit));
        return 1 / (1 + Math.exp(-clipped));
    }

    /**
     * @param scores     {@value #ANCHORS} raw logits
     * @param regressors {@value #ANCHORS} × {@value #REGRESSORS} raw values, row-major
     * @return boxes scoring at least {@code minScore}, in coordinates normalised to the model input
     */
    static List<ScoredBox> decode(float[] scores, float[] regressors, double minScore) {
        if (scores.length != ANCHORS || regressors.length != ANCHORS * REGRESSORS) {
            throw new IllegalArgumentException("unexpected BlazeFace output size: " + scores.length + ", " + regressors.length);
        }
        List<ScoredBox> out = new ArrayList<>();
        for (int i = 0; i < ANCHORS; i++) {
            double score = sigmoid(scores[i]);
            if (score < minScore) {
                continue;
            }
            int r = i * REGRESSORS;
            double cx = ANCHOR_X[i] + regressors[r] / INPUT;
            double cy = ANCHOR_Y[i] + regressors[r + 1] / INPUT;
            double w = regressors[r + 2] / INPUT, h = regressors[r + 3] / INPUT;
            if (w > 0 && h > 0) {
                out.add(ScoredBox.ofCentre(cx, cy, w, h, score));
            }
        }
        return out;
    }
}
