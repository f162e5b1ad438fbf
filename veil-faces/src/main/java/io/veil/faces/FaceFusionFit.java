package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Fits {@link FaceFusion}: gradient-boosted regression trees on the logistic loss (second-order, as
 * XGBoost does: leaf value −G/(H+λ), splits at 32 quantiles per feature), over the candidates the ensemble's
 * windows find in labelled photos, together with the {@link FacenessProbe} whose logit is one of their features.
 * {@code io.veil.faces.eval.FitFaceFusion} runs it on eval-dev, cross-validated and then on every photo.
 * Stateless; deterministic for the same data.
 *
 * <pre>{@code
 * FaceFusionFit.Collected all = FaceFusionFit.collect(models, photos, FaceEval::matches);
 * List<List<FaceDetector.Face>> heldOut = FaceFusionFit.crossValidated(all, 5, EnsembleFaceDetector.DEFAULT_ACCEPT);
 * FaceFusionFit.fitAndWrite(all, Path.of("face-fusion.txt"), List.of("fitted on ..."));
 * }</pre>
 */
public final class FaceFusionFit {

    /** Boosting settings: rounds, tree depth, learning rate, L2 on leaf values, least hessian per child. */
    record Params(int rounds, int depth, double rate, double lambda, double minHessian) {
        static final Params STANDARD = new Params(150, 3, 0.1, 1.0, 1.0);
    }

    private static final int BINS = 32, MIN_NODE = 10;

    private FaceFusionFit() {
    }

    /** Fits trees to {@code x} (rows of {@link FaceFusion#FEATURES}) and labels {@code y}; the fusion carries {@code probe}. */
    static FaceFusion boost(double[][] x, boolean[] y, Params p, FacenessProbe probe) {
        int n = x.length;
        double pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        if (n == 0 || pos == 0 || pos == n) {
            throw new IllegalArgumentException("both faces and non-faces are needed to fit");
        }
        double base = Math.log(pos / (n - pos));
        double[][] cuts = cuts(x);
        double[] z = new double[n];
        Arrays.fill(z, base);
        double[] g = new double[n], h = new double[n];
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        List<FaceFusion.Tree> trees = new ArrayList<>();
        for (int r = 0; r < p.rounds(); r++) {
            for (int i = 0; i < n; i++) {
                double q = 1 / (1 + Math.exp(-z[i]));
                g[i] = q - (y[i] ? 1 : 0);
                h[i] = q * (1 - q);
            }
            TreeBuilder tb = new TreeBuilder(x, g, h, cuts, p);
            tb.grow(all, 0);
            FaceFusion.Tree t = tb.tree();
            trees.add(t);
            for (int i = 0; i < n; i++) {
                z[i] += p.rate() * t.eval(x[i]);
            }
        }
        return new FaceFusion(base, p.rate(), trees, probe);
    }

    /** Candidate split points per feature: distinct quantiles from 2% to 98% (linear interpolation). */
    static double[][] cuts(double[][] x) {
        int d = x[0].length;
        double[][] out = new double[d][];
        for (int f = 0; f < d; f++) {
            double[] col = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                col[i] = x[i][f];
            }
            Arrays.sort(col);
            double[] q = new double[BINS];
            for (int k = 0; k < BINS; k++) {
                double pos = (0.02 + 0.96 * k / (BINS - 1)) * (col.length - 1);
                int lo = (int) Math.floor(pos);
                int hi = Math.min(lo + 1, col.length - 1);
                q[k] = col[lo] + (pos - lo) * (col[hi] - col[lo]);
            }
            out[f] = Arrays.stream(q).distinct().sorted().toArray();
        }
        return out;
    }

    private static final class TreeBuilder {
        private final double[][] x;
        private final double[] g, h;
        private final double[][] cuts;
        private final Params p;
        private final List<int[]> nodes = new ArrayList<>();
        private final List<double[]> values = new ArrayList<>();

        TreeBuilder(double[][] x, double[] g, double[] h, double[][] cuts, Params p) {
            this.x = x;
            this.g = g;
            this.h = h;
            this.cuts = cuts;
            this.p = p;
        }

        /** Adds the subtree over rows {@code idx}; returns its node index. */
        int grow(int[] idx, int depth) {
            double gs = 0, hs = 0;
            for (int i : idx) {
                gs += g[i];
                hs += h[i];
            }
            int me = nodes.size();
            nodes.add(null);
            values.add(null);
            double leaf = -gs / (hs + p.lambda());
            int bestF = -1;
            double bestGain = 0, bestCut = 0;
            if (depth < p.depth() && idx.length >= MIN_NODE) {
                double parent = gs * gs / (hs + p.lambda());
                for (int f = 0; f < cuts.length; f++) {
                    double[] c = cuts[f];
                    if (c.length == 0) {
                        continue;
                    }
                    double[] gb = new double[c.length + 1], hb = new double[c.length + 1];
                    for (int i : idx) {
                        int b = bin(c, x[i][f]);
                        gb[b] += g[i];
                        hb[b] += h[i];
                    }
                    double gl = 0, hl = 0;
                    for (int k = 0; k < c.length; k++) {
                        gl += gb[k];
                        hl += hb[k];
                        double gr = gs - gl, hr = hs - hl;
                        if (hl < p.minHessian() || hr < p.minHessian()) {
                            continue;
                        }
                        double gain = gl * gl / (hl + p.lambda()) + gr * gr / (hr + p.lambda()) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestF = f;
                            bestCut = c[k];
                        }
                    }
                }
            }
            if (bestF < 0) {
                nodes.set(me, new int[] {-1, 0, 0});
                values.set(me, new double[] {0, leaf});
                return me;
            }
            int f = bestF;
            double cut = bestCut;
            int[] left = Arrays.stream(idx).filter(i -> x[i][f] <= cut).toArray();
            int[] right = Arrays.stream(idx).filter(i -> x[i][f] > cut).toArray();
            int l = grow(left, depth + 1);
            int r = grow(right, depth + 1);
            nodes.set(me, new int[] {f, l, r});
            values.set(me, new double[] {cut, leaf});
            return me;
        }

        /** Number of cut points strictly below {@code v}: the bin of v, where v ≤ c[k] ⇔ bin ≤ k. */
        private static int bin(double[] c, double v) {
            int lo = 0, hi = c.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        FaceFusion.Tree tree() {
            int n = nodes.size();
            int[] f = new int[n], l = new int[n], r = new int[n];
            double[] t = new double[n], v = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = nodes.get(i)[0];
                l[i] = nodes.get(i)[1];
                r[i] = nodes.get(i)[2];
                t[i] = values.get(i)[0];
                v[i] = values.get(i)[1];
            }
            return new FaceFusion.Tree(f, t, l, r, v);
        }
    }

    /** A photo and its gold face boxes. */
    public record LabelledPhoto(BufferedImage image, List<Box> faces) {
    }

    /** One photo's candidates, each labelled face or not by the gold boxes. */
    record Labelled(List<EnsembleFaceDetector.Candidate> candidates, boolean[] face, int width, int height) {
    }

    /** The candidates of every photo, collected once so that cross-validation and the final fit share them. */
    public static final class Collected {
        private final List<Labelled> photos;

        Collected(List<Labelled> photos) {
            this.photos = List.copyOf(photos);
        }

        public int photos() {
            return photos.size();
        }

        public int candidates() {
            return photos.stream().mapToInt(p -> p.face().length).sum();
        }

        public long faces() {
            long n = 0;
            for (Labelled p : photos) {
                for (boolean f : p.face()) {
                    n += f ? 1 : 0;
                }
            }
            return n;
        }
    }

    /** Runs the ensemble's windows over {@code photos} and labels each candidate by {@code matches(candidate, gold)}. */
    public static Collected collect(Path models, Stream<LabelledPhoto> photos, BiPredicate<Box, Box> matches) {
        List<Labelled> out = new ArrayList<>();
        try (EnsembleFaceDetector d = EnsembleFaceDetector.load(models)) {
            photos.forEach(ph -> {
                List<EnsembleFaceDetector.Candidate> cs = d.candidates(ph.image());
                boolean[] face = new boolean[cs.size()];
                for (int i = 0; i < face.length; i++) {
                    Box box = cs.get(i).box();
                    face[i] = !box.isEmpty() && ph.faces().stream().anyMatch(f -> matches.test(box, f));
                }
                out.add(new Labelled(cs, face, ph.image().getWidth(), ph.image().getHeight()));
            });
        }
        return new Collected(out);
    }

    /**
     * Fits the probe and the trees on {@code photos}. The trees learn from probe logits the probe did not see
     * (each half of the photos scored by a probe fitted on the other half), so that they trust the probe as much
     * as it deserves on new photos; the probe shipped is then fitted on all of them.
     */
    static FaceFusion fit(List<Labelled> photos, Params p) {
        List<Labelled> even = new ArrayList<>(), odd = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            (i % 2 == 0 ? even : odd).add(photos.get(i));
        }
        FacenessProbe onOdd = probe(odd), onEven = probe(even);
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            Labelled ph = photos.get(i);
            FacenessProbe unseen = i % 2 == 0 ? onOdd : onEven;
            for (int c = 0; c < ph.face().length; c++) {
                float[] e = ph.candidates().get(c).embedding();
                xs.add(FaceFusion.features(ph.candidates().get(c).cluster(), ph.width(), ph.height(),
                        e == null ? FaceFusion.NO_FACENESS : unseen.logit(e)));
                ys.add(ph.face()[c]);
            }
        }
        boolean[] y = new boolean[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        return boost(xs.toArray(double[][]::new), y, p, probe(photos));
    }

    private static FacenessProbe probe(List<Labelled> photos) {
        List<float[]> e = new ArrayList<>();
        List<Boolean> f = new ArrayList<>();
        for (Labelled ph : photos) {
            for (int c = 0; c < ph.face().length; c++) {
                if (ph.candidates().get(c).embedding() != null) {
                    e.add(ph.candidates().get(c).embedding());
                    f.add(ph.face()[c]);
                }
            }
        }
        boolean[] y = new boolean[f.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.get(i);
        }
        return FacenessProbe.fit(e.toArray(float[][]::new), y, FacenessProbe.STANDARD_L2);
    }

    /**
     * K-fold cross-validation: photo i is in fold {@code i % folds}; each fold's faces are what a fusion fitted
     * on the other folds accepts at {@code accept}. Returns the accepted faces per photo, in collection order.
     */
    public static List<List<FaceDetector.Face>> crossValidated(Collected all, int folds, double accept) {
        if (folds < 2 || folds > all.photos.size()) {
            throw new IllegalArgumentException("need 2 to " + all.photos.size() + " folds");
        }
        List<List<FaceDetector.Face>> out = new ArrayList<>(Collections.nCopies(all.photos.size(), List.<FaceDetector.Face>of()));
        for (int k = 0; k < folds; k++) {
            List<Labelled> train = new ArrayList<>();
            for (int i = 0; i < all.photos.size(); i++) {
                if (i % folds != k) {
                    train.add(all.photos.get(i));
                }
            }
            FaceFusion fusion = fit(train, Params.STANDARD);
            for (int i = k; i < all.photos.size(); i += folds) {
                Labelled ph = all.photos.get(i);
                out.set(i, EnsembleFaceDetector.accepted(fusion, ph.candidates(), ph.width(), ph.height(), accept));
            }
        }
        return out;
    }

    /** Fits on every collected photo and writes the fusion to {@code out}, {@code provenance} first as comment lines. Returns a summary line. */
    public static String fitAndWrite(Collected all, Path out, List<String> provenance) throws IOException {
        FaceFusion fusion = fit(all.photos, Params.STANDARD);
        String summary = all.photos() + " images, " + all.candidates() + " candidates, " + all.faces() + " matching a gold face, "
                + fusion.trees() + " trees, probe of " + fusion.probe().dimensions() + " weights (L2 " + FacenessProbe.STANDARD_L2 + "); " + Params.STANDARD;
        List<String> header = new ArrayList<>(provenance);
        header.add(summary);
        header.add("Do not edit by hand.");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            fusion.write(w, header);
        }
        return summary;
    }
}
