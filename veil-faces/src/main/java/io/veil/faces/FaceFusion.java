package io.veil.faces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Decides whether a candidate face is a face from the evidence of every window that saw it, instead of one
 * global score threshold: per window kind (UltraFace on the whole image, half and small tiles; BlazeFace at
 * four tiling levels; SSD MobileNetV1 on the whole image) the best score, whether it saw the face and how many
 * boxes it gave, plus the face's size, its share of the image, its aspect, how many boxes agreed, and how much
 * the box's pixels look like a face to a face-recognition network ({@link FacenessProbe}). A face seen weakly
 * by three windows beats a texture seen once strongly. The decision is a boosted ensemble of small regression
 * trees, fitted with the probe by {@link FaceFusionFit} on eval-dev {@code faces_kaggle_facemask} and stored in
 * {@code face-fusion.txt} beside this class. Immutable and thread-safe.
 *
 * <pre>{@code
 * FaceFusion fusion = FaceFusion.standard();
 * double p = fusion.probability(FaceFusion.features(cluster, imageWidth, imageHeight, fusion.faceness(embedding)));
 * }</pre>
 */
final class FaceFusion {

    /** Evidence slots, in feature order. */
    enum Source { U0, U1, U2, B0, B1, B2, B3, S0 }

    /** Three features per source, then side, members, aspect, share of the image, faceness. */
    static final int FEATURES = 3 * Source.values().length + 5;
    /** Faceness of a candidate without pixels (an empty box): never a face. */
    static final double NO_FACENESS = -20;
    static final String RESOURCE = "face-fusion.txt";

    /** One tree, flattened: node i splits on {@code feature[i]} at {@code threshold[i]} (≤ goes left), or is a leaf when feature is -1. */
    record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        Tree {
            int n = feature.length;
            if (n == 0 || threshold.length != n || left.length != n || right.length != n || value.length != n) {
                throw new IllegalArgumentException("tree arrays differ in length");
            }
            for (int i = 0; i < n; i++) {
                if (feature[i] >= FEATURES || (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n))) {
                    throw new IllegalArgumentException("malformed tree node " + i);
                }
            }
        }

        double eval(double[] f) {
            int n = 0;
            while (feature[n] >= 0) {
                n = f[feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            return value[n];
        }
    }

    private static final class Standard {
        static final FaceFusion INSTANCE = read();
    }

    private final double base;
    private final double rate;
    private final List<Tree> trees;
    private final FacenessProbe probe;
    private final double[] facenessCuts;

    FaceFusion(double base, double rate, List<Tree> trees, FacenessProbe probe) {
        if (!Double.isFinite(base) || !(rate > 0) || trees.isEmpty()) {
            throw new IllegalArgumentException("a finite base, a positive rate and at least one tree are required");
        }
        if (probe == null) {
            throw new IllegalArgumentException("a faceness probe is required");
        }
        this.base = base;
        this.rate = rate;
        this.trees = List.copyOf(trees);
        this.probe = probe;
        this.facenessCuts = facenessRepresentatives(this.trees);
    }

    /** One faceness value inside each interval between the trees' faceness thresholds (ties go left, as in {@link Tree#eval}). */
    private static double[] facenessRepresentatives(List<Tree> trees) {
        TreeSet<Double> cuts = new TreeSet<>();
        for (Tree t : trees) {
            for (int i = 0; i < t.feature().length; i++) {
                if (t.feature()[i] == FEATURES - 1) {
                    cuts.add(t.threshold()[i]);
                }
            }
        }
        double[] out = new double[cuts.size() + 1];
        int i = 0;
        for (double c : cuts) {
            out[i++] = c;
        }
        out[i] = cuts.isEmpty() ? 0 : cuts.last() + 1;
        return out;
    }

    /** The probe's logit for a candidate's box embedding ({@link #NO_FACENESS} for null: no pixels to embed). */
    double faceness(float[] embedding) {
        return embedding == null ? NO_FACENESS : probe.logit(embedding);
    }

    FacenessProbe probe() {
        return probe;
    }

    /** The fusion fitted for Veil's default ensemble, read once from the class path. */
    static FaceFusion standard() {
        return Standard.INSTANCE;
    }

    /** The feature vector of a candidate in an image of {@code width} × {@code height} pixels, with its {@link #faceness}. */
    static double[] features(FaceCandidates.Cluster c, int width, int height, double faceness) {
        double[] f = new double[FEATURES];
        for (int s = 0; s < Source.values().length; s++) {
            double p = c.best()[s];
            f[3 * s] = p > 0 ? Math.log(p / (1 - p + 1e-4) + 1e-6) : 0;
            f[3 * s + 1] = p > 0 ? 1 : 0;
            f[3 * s + 2] = Math.log1p(c.count()[s]);
        }
        ScoredBox b = c.box();
        double side = Math.max(b.width(), b.height());
        int k = 3 * Source.values().length;
        f[k] = Math.log(Math.max(side, 2));
        f[k + 1] = Math.log(Math.max(c.members(), 1));
        f[k + 2] = Math.log(Math.max(b.height(), 1) / Math.max(b.width(), 1));
        f[k + 3] = Math.log(Math.max(side, 2) / Math.max(width, height));
        f[k + 4] = faceness;
        return f;
    }

    /** Probability in (0,1) that the candidate with these features is a face. */
    double probability(double[] features) {
        if (features.length != FEATURES) {
            throw new IllegalArgumentException(FEATURES + " features expected, got " + features.length);
        }
        double z = base;
        for (Tree t : trees) {
            z += rate * t.eval(features);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The highest probability any faceness could give a candidate with these features (the faceness slot is
     * ignored). Exact: the trees split faceness at finitely many thresholds, so trying one value per interval
     * between them covers every case. A candidate whose best case stays below the acceptance level need not be
     * embedded at all.
     */
    double bestCase(double[] features) {
        return extreme(features, true);
    }

    /**
     * The lowest probability any faceness could give a candidate with these features, exact as {@link #bestCase}.
     * A candidate whose worst case reaches the acceptance level is accepted whatever its faceness, so it need
     * not be embedded either.
     */
    double worstCase(double[] features) {
        return extreme(features, false);
    }

    private double extreme(double[] features, boolean max) {
        int k = FEATURES - 1;
        double[] f = features.clone();
        double out = max ? 0 : 1;
        for (double v : facenessCuts) {
            f[k] = v;
            double p = probability(f);
            out = max ? Math.max(out, p) : Math.min(out, p);
        }
        return out;
    }

    int trees() {
        return trees.size();
    }

    /** Writes the text form {@link #parse} reads, after {@code header} comment lines. */
    void write(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write(String.format(Locale.ROOT, "veil-face-fusion 2 features %d base %.17g rate %.17g trees %d probe %d%n", FEATURES, base, rate,
                trees.size(), probe.dimensions()));
        StringBuilder p = new StringBuilder(String.format(Locale.ROOT, "probe %.9g", probe.bias()));
        for (double v : probe.weights()) {
            p.append(String.format(Locale.ROOT, " %.9g", v));
        }
        out.write(p.append('\n').toString());
        for (Tree t : trees) {
            out.write("tree " + t.feature().length + "\n");
            for (int i = 0; i < t.feature().length; i++) {
                out.write(String.format(Locale.ROOT, "%d %.9g %d %d %.9g%n", t.feature()[i], t.threshold()[i], t.left()[i], t.right()[i], t.value()[i]));
            }
        }
    }

    static FaceFusion parse(BufferedReader in) throws IOException {
        String line;
        String[] head = null;
        FacenessProbe probe = null;
        List<Tree> trees = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.trim().split("\\s+");
            if (head == null) {
                if (p.length != 12 || !p[0].equals("veil-face-fusion") || !p[1].equals("2") || Integer.parseInt(p[3]) != FEATURES) {
                    throw new IllegalArgumentException("not a version-2 face fusion with " + FEATURES + " features: " + line);
                }
                head = p;
            } else if (p[0].equals("probe")) {
                int d = Integer.parseInt(head[11]);
                if (p.length != d + 2) {
                    throw new IllegalArgumentException("face fusion probe has " + (p.length - 2) + " weights, " + d + " expected");
                }
                double[] w = new double[d];
                for (int i = 0; i < d; i++) {
                    w[i] = Double.parseDouble(p[i + 2]);
                }
                probe = new FacenessProbe(Double.parseDouble(p[1]), w);
            } else if (p[0].equals("tree")) {
                int n = Integer.parseInt(p[1]);
                int[] f = new int[n], l = new int[n], r = new int[n];
                double[] t = new double[n], v = new double[n];
                for (int i = 0; i < n; i++) {
                    String node = in.readLine();
                    if (node == null) {
                        throw new IllegalArgumentException("face fusion ends inside tree " + trees.size());
                    }
                    String[] q = node.trim().split("\\s+");
                    f[i] = Integer.parseInt(q[0]);
                    t[i] = Double.parseDouble(q[1]);
                    l[i] = Integer.parseInt(q[2]);
                    r[i] = Integer.parseInt(q[3]);
                    v[i] = Double.parseDouble(q[4]);
                }
                trees.add(new Tree(f, t, l, r, v));
            } else {
                throw new IllegalArgumentException("unexpected line in face fusion: " + line);
            }
        }
        if (head == null || probe == null || trees.size() != Integer.parseInt(head[9])) {
            throw new IllegalArgumentException("face fusion incomplete");
        }
        return new FaceFusion(Double.parseDouble(head[5]), Double.parseDouble(head[7]), trees, probe);
    }

    private static FaceFusion read() {
        try (InputStream s = FaceFusion.class.getResourceAsStream(RESOURCE)) {
            if (s == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
