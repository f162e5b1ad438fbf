package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FacenessProbeTest {

    /** Unit vectors around one of two directions, as embeddings of faces and of textures would lie. */
    private static float[][] around(int n, int dims, boolean face, Random r) {
        float[][] x = new float[n][dims];
        for (float[] row : x) {
            double norm = 0;
            for (int j = 0; j < dims; j++) {
                row[j] = (float) (r.nextGaussian() * 0.3 + (j == (face ? 0 : 1) ? 1 : 0));
                norm += row[j] * row[j];
            }
            for (int j = 0; j < dims; j++) {
                row[j] /= (float) Math.sqrt(norm);
            }
        }
        return x;
    }

    @Test
    void aProbeFittedOnFacesAndTexturesScoresNewOnesOnTheRightSide() {
        Random r = new Random(7);
        int dims = 16, n = 300;
        float[][] faces = around(n, dims, true, r), textures = around(n, dims, false, r);
        float[][] x = new float[2 * n][];
        boolean[] y = new boolean[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = faces[i];
            y[i] = true;
            x[n + i] = textures[i];
        }

        FacenessProbe probe = FacenessProbe.fit(x, y, 1.0);

        int right = 0;
        for (float[] f : around(200, dims, true, r)) {
            right += probe.logit(f) > 0 ? 1 : 0;
        }
        for (float[] t : around(200, dims, false, r)) {
            right += probe.logit(t) < 0 ? 1 : 0;
        }
        assertThat(right).isGreaterThan(380);
        assertThat(probe.dimensions()).isEqualTo(dims);
    }

    @Test
    void aStrongerPenaltyGivesSmallerWeights() {
        Random r = new Random(3);
        float[][] x = new float[200][];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            y[i] = i % 2 == 0;
            x[i] = around(1, 8, y[i], r)[0];
        }
        double loose = norm(FacenessProbe.fit(x, y, 0.1).weights()), tight = norm(FacenessProbe.fit(x, y, 100).weights());
        assertThat(tight).isLessThan(loose / 5);
    }

    private static double norm(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Test
    void choleskySolvesASymmetricSystemFromItsUpperTriangle() {
        double[][] a = {{4, 2, 0.4}, {0, 3, 0.5}, {0, 0, 2}};
        double[] x = FacenessProbe.solveSymmetric(a, new double[] {1, 2, 3});
        double[][] full = {{4, 2, 0.4}, {2, 3, 0.5}, {0.4, 0.5, 2}};
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                s += full[i][j] * x[j];
            }
            assertThat(s).isCloseTo(i + 1.0, offset(1e-9));
        }
        assertThatThrownBy(() -> FacenessProbe.solveSymmetric(new double[][] {{-1}}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmbeddingOfTheWrongLengthIsRefused() {
        FacenessProbe probe = new FacenessProbe(0, new double[] {1, 2, 3});
        assertThatThrownBy(() -> probe.logit(new float[2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FacenessProbe(Double.NaN, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
