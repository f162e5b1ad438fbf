package io.veil.faces;

import java.util.Arrays;

/**
 * How much a candidate's pixels look like a face to a face-recognition network: a logistic regression on the
 * {@link FaceEmbedder} embeddings of the candidate box stretched onto the model's 112 × 112 crop, and of the box
 * with some context around it (see {@code EnsembleFaceDetector}). The detectors
 * judge a window; the recogniser was trained on millions of faces (masked, turned and small ones among them)
 * and places textures, hands and crowd background elsewhere in its embedding space. Its logit is one more
 * feature of {@link FaceFusion}, fitted with it by {@link FaceFusionFit}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FacenessProbe probe = FacenessProbe.fit(embeddings, isFace, FacenessProbe.STANDARD_L2);
 * double logit = probe.logit(embedding);
 * }</pre>
 */
final class FacenessProbe {

    /** L2 penalty on the weights; out-of-sample recall on eval-dev was flat from 1 to 100. */
    static final double STANDARD_L2 = 10;
    private static final int MAX_NEWTON_STEPS = 15;

    private final double bias;
    private final double[] weights;

    FacenessProbe(double bias, double[] weights) {
        if (!Double.isFinite(bias) || weights.length == 0 || !Arrays.stream(weights).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("a finite bias and finite weights are required");
        }
        this.bias = bias;
        this.weights = weights.clone();
    }

    int dimensions() {
        return weights.length;
    }

    double bias() {
        return bias;
    }

    double[] weights() {
        return weights.clone();
    }

    /** Log-odds that the embedded crop is a face. */
    double logit(float[] embedding) {
        if (embedding.length != weights.length) {
            throw new IllegalArgumentException(weights.length + " embedding values expected, got " + embedding.length);
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * embedding[i];
        }
        return z;
    }

    /** Maximum-likelihood weights under an L2 penalty of {@code l2} (bias unpenalised), by Newton's method. */
    static FacenessProbe fit(float[][] x, boolean[] y, double l2) {
        int n = x.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("one label per embedding, at least one embedding");
        }
        int d = x[0].length, m = d + 1;
        double[] w = new double[m];
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] g = new double[m];
            double[][] h = new double[m][m];
            double[] row = new double[m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    row[j] = x[i][j];
                }
                row[d] = 1;
                double z = 0;
                for (int j = 0; j < m; j++) {
                    z += w[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z)), r = p - (y[i] ? 1 : 0), s = p * (1 - p);
                for (int j = 0; j < m; j++) {
                    g[j] += r * row[j];
                    double sj = s * row[j];
                    double[] hj = h[j];
                    for (int k = j; k < m; k++) {
                        hj[k] += sj * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                g[j] += l2 * w[j];
                h[j][j] += l2;
            }
            h[d][d] += 1e-9;
            double[] delta = solveSymmetric(h, g);
            double change = 0;
            for (int j = 0; j < m; j++) {
                w[j] -= delta[j];
                change = Math.max(change, Math.abs(delta[j]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return new FacenessProbe(w[d], Arrays.copyOf(w, d));
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} given by its upper triangle (Cholesky). */
    static double[] solveSymmetric(double[][] a, double[] b) {
        int m = b.length;
        double[][] l = new double[m][];
        for (int i = 0; i < m; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double s = a[j][i];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
