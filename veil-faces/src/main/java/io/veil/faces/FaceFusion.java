package io.veil.faces;

import java.util.Arrays;

/**
 * Decides whether a cluster of candidate boxes is a face from the evidence of every window that saw it,
 * instead of one global score threshold: the best score of UltraFace on the whole image ({@code u0}), its
 * half tiles ({@code u1}) and its small tiles ({@code u2}), of BlazeFace at its four tiling levels
 * ({@code b0..b3}), the box size and how many windows agreed. A face seen weakly by three windows beats a
 * texture seen once strongly. The weights are a logistic regression fitted on the even-numbered images of
 * eval-dev {@code faces_kaggle_facemask} (odd images held out). Immutable and thread-safe.
 *
 * <pre>{@code
 * double p = FaceFusion.DEFAULT.probability(evidence, sidePixels, windows);
 * }</pre>
 */
final class FaceFusion {

    /** Evidence slots, in feature order. */
    enum Source { U0, U1, U2, B0, B1, B2, B3 }

    private static final double[] MU = {1.382473, 0.374790, 2.203938, 0.507563, 2.079667, 0.480672, 0.116910,
            0.184034, 0.199386, 0.300420, 0.175843, 0.362605, 0.024528, 0.544958, 2.780514, 1.762024};
    private static final double[] SD = {2.393039, 0.484069, 3.070736, 0.499943, 2.973009, 0.499626, 0.384455,
            0.387512, 0.466402, 0.458441, 0.448448, 0.480752, 0.318700, 0.497975, 0.901368, 1.565712};
    private static final double[] W = {0.392373, 0.613087, 0.381579, 0.461141, 0.138919, 0.260984, -0.008553,
            0.252291, 0.119890, 0.330397, 0.037583, 0.480565, 0.093267, 0.048730, 0.463844, 0.528632, -0.139397};

    static final FaceFusion DEFAULT = new FaceFusion();

    private FaceFusion() {
    }

    /**
     * @param best    best raw score per {@link Source} (0 when that window kind did not see the box)
     * @param side    longer side of the merged box, pixels
     * @param windows number of raw boxes merged into it
     * @return probability in (0,1) that the cluster is a face
     */
    double probability(double[] best, double side, int windows) {
        if (best.length != Source.values().length) {
            throw new IllegalArgumentException("one score per source expected");
        }
        double[] f = new double[MU.length];
        for (int s = 0; s < best.length; s++) {
            double p = best[s];
            f[2 * s] = p > 0 ? Math.log(p / (1 - p + 1e-4) + 1e-6) : 0;
            f[2 * s + 1] = p > 0 ? 1 : 0;
        }
        f[14] = Math.log(Math.max(side, 2));
        f[15] = Math.log(Math.max(windows, 1));
        double z = W[W.length - 1];
        for (int i = 0; i < f.length; i++) {
            z += W[i] * (f[i] - MU[i]) / SD[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public String toString() {
        return "FaceFusion" + Arrays.toString(Source.values());
    }
}
