package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceFusionTest {

    /** Faces when the first two features agree in sign: a rule no single threshold and no linear model captures. */
    private static boolean rule(double[] f) {
        return (f[0] > 0) == (f[1] > 0);
    }

    private static double[][] points(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][FaceFusion.FEATURES];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    private static FaceFusion fitted() {
        double[][] x = points(2000, 1);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = rule(x[i]);
        }
        return FaceFusionFit.boost(x, y, new FaceFusionFit.Params(40, 3, 0.3, 1.0, 1.0), new FacenessProbe(0.5, new double[] {1, -2}));
    }

    @Test
    void boostedTreesLearnAnInteractionAndHoldItOnNewPoints() {
        FaceFusion f = fitted();
        double[][] test = points(1000, 2);
        int right = 0;
        for (double[] row : test) {
            right += (f.probability(row) >= 0.5) == rule(row) ? 1 : 0;
        }
        assertThat(right).isGreaterThan(930);
    }

    @Test
    void theBestAndWorstCasesOverFacenessBoundEveryFacenessAndAreReached() {
        int last = FaceFusion.FEATURES - 1;
        double[][] x = points(2000, 4);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] > 0 && x[i][last] > 0.5;
        }
        FaceFusion f = FaceFusionFit.boost(x, y, new FaceFusionFit.Params(40, 3, 0.3, 1.0, 1.0), new FacenessProbe(0, new double[] {1}));

        int spread = 0;
        for (double[] row : points(50, 5)) {
            double best = f.bestCase(row), worst = f.worstCase(row), reached = 0, lowest = 1;
            for (int k = -6000; k <= 6000; k++) {
                row[last] = k / 1000.0;
                double p = f.probability(row);
                assertThat(p).isBetween(worst - 1e-12, best + 1e-12);
                reached = Math.max(reached, p);
                lowest = Math.min(lowest, p);
            }
            assertThat(reached).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(lowest).isCloseTo(worst, org.assertj.core.data.Offset.offset(1e-12));
            spread += best - worst > 0.1 ? 1 : 0;
        }
        assertThat(spread).as("faceness matters for some rows, or the bounds prove nothing").isGreaterThan(5);
    }

    @Test
    void theTextFormRoundTripsToTheSameProbabilities() throws Exception {
        FaceFusion f = fitted();
        StringWriter w = new StringWriter();
        f.write(w, List.of("test"));

        FaceFusion back = FaceFusion.parse(new BufferedReader(new StringReader(w.toString())));

        assertThat(back.trees()).isEqualTo(f.trees());
        assertThat(back.faceness(new float[] {2, 1})).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(back.faceness(null)).isEqualTo(FaceFusion.NO_FACENESS);
        for (double[] row : points(50, 3)) {
            assertThat(back.probability(row)).isCloseTo(f.probability(row), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void aTruncatedOrForeignFileIsRejected() throws Exception {
        StringWriter w = new StringWriter();
        fitted().write(w, List.of());
        String text = w.toString();

        assertThatThrownBy(() -> FaceFusion.parse(new BufferedReader(new StringReader(text.substring(0, text.length() / 2)))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> FaceFusion.parse(new BufferedReader(new StringReader("veil-face-fusion 2 features 3 base 0 rate 1 trees 0 probe 1\n"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedFusionLoadsAndPrefersAFaceSeenByEveryWindowThatLooksLikeAFaceToOneSeenOnceThatDoesNot() {
        FaceFusion f = FaceFusion.standard();
        int n = FaceFusion.Source.values().length;
        double[] strong = new double[n], none = new double[n];
        int[] many = new int[n], zero = new int[n];
        java.util.Arrays.fill(strong, 0.95);
        java.util.Arrays.fill(many, 3);
        none[FaceFusion.Source.U2.ordinal()] = 0.35;
        zero[FaceFusion.Source.U2.ordinal()] = 1;
        ScoredBox box = new ScoredBox(100, 100, 140, 150, 0.95);

        double seenByAll = f.probability(FaceFusion.features(new FaceCandidates.Cluster(box, strong, many, 3 * n), 640, 480, 4));
        double seenOnceWeakly = f.probability(FaceFusion.features(new FaceCandidates.Cluster(box.withScore(0.35), none, zero, 1), 640, 480, -4));

        assertThat(f.trees()).isPositive();
        assertThat(seenByAll).isGreaterThan(EnsembleFaceDetector.DEFAULT_ACCEPT);
        assertThat(seenOnceWeakly).isLessThan(EnsembleFaceDetector.DEFAULT_ACCEPT);
    }
}
