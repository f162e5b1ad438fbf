package io.veil.faces.eval;

import io.veil.faces.FaceEmbedder;
import io.veil.faces.FaceLandmarks;
import io.veil.model.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Establishes the face-match threshold of {@link FaceEmbedder} on eval-dev {@code faces_kaggle_facemask}
 * (unmasked gold faces of at least 32 px), with faces aligned on their landmarks as in
 * {@code FaceAnonymityCheck}. The set has no identities, so "same" pairs are a face against itself as a
 * recognition system would see it again: mirrored, shrunk to half and enlarged back, or found by a box
 * shifted by 8% of its side (landmarks and alignment recomputed). "Different" pairs are faces from
 * different photos. The threshold is the 95th percentile of "different" similarities: a redacted face
 * below it is no closer to its original than 95% of strangers are. Stateless.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FaceMatchCalibration
 * }</pre>
 */
public final class FaceMatchCalibration {

    /** Similarity quantiles of both kinds of pair and the threshold they give. */
    public record Calibration(int faces, List<Double> same, List<Double> different) {
        public double threshold() {
            return quantile(different, 0.95);
        }

        public double sameAtOrAbove(double t) {
            return (double) same.stream().filter(s -> s >= t).count() / same.size();
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Face match: %s, aligned by %s%n", FaceEmbedder.VERSION, FaceLandmarks.VERSION));
            sb.append(String.format(Locale.ROOT, "faces: %d unmasked >= 32 px; same pairs %d, different pairs %d%n", faces, same.size(), different.size()));
            sb.append("quantiles        0.01   0.05   0.25   0.50   0.75   0.95   0.99\n");
            sb.append("same       ").append(quantiles(same)).append('\n');
            sb.append("different  ").append(quantiles(different)).append('\n');
            sb.append(String.format(Locale.ROOT, "threshold (95th percentile of different) %.3f; same pairs at or above it: %.3f%n",
                    threshold(), sameAtOrAbove(threshold())));
            return sb.toString();
        }
    }

    private FaceMatchCalibration() {
    }

    public static Calibration calibrate(FaceEmbedder e, FaceLandmarks lm, Path set) {
        List<FaceEval.Gold> gold = FaceEval.load(set);
        List<float[]> embeddings = new ArrayList<>();
        List<Integer> photo = new ArrayList<>();
        List<Double> same = new ArrayList<>(), diff = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            FaceEval.Gold g = gold.get(i);
            BufferedImage img = null, mirrored = null, soft = null;
            for (int k = 0; k < g.faces().size(); k++) {
                Box f = g.faces().get(k);
                if (Math.max(f.width(), f.height()) < 32 || !g.unmasked().get(k)) {
                    continue;
                }
                if (img == null) {
                    img = read(g.file());
                    mirrored = mirror(img);
                    soft = halfAndBack(img);
                }
                float[] v = e.embed(img, lm.alignment(img, f), f);
                Box m = new Box(img.getWidth() - f.x() - f.width(), f.y(), f.width(), f.height());
                int d = Math.max(1, Math.round(0.08f * f.width()));
                Box shifted = new Box(f.x() + d, f.y() + d / 2, f.width(), f.height());
                same.add(FaceEmbedder.similarity(v, e.embed(mirrored, lm.alignment(mirrored, m), m)));
                same.add(FaceEmbedder.similarity(v, e.embed(soft, lm.alignment(soft, f), f)));
                same.add(FaceEmbedder.similarity(v, e.embed(img, lm.alignment(img, shifted), shifted)));
                embeddings.add(v);
                photo.add(i);
            }
        }
        for (int a = 0; a < embeddings.size(); a++) {
            for (int b = a + 1; b < embeddings.size(); b++) {
                if (!photo.get(a).equals(photo.get(b))) {
                    diff.add(FaceEmbedder.similarity(embeddings.get(a), embeddings.get(b)));
                }
            }
        }
        return new Calibration(embeddings.size(), List.copyOf(same), List.copyOf(diff));
    }

    public static void main(String[] args) {
        Path evalDev = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"));
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        try (FaceEmbedder e = FaceEmbedder.load(models.resolve(FaceEmbedder.MODEL_FILE));
             FaceLandmarks lm = FaceLandmarks.load(models.resolve(FaceLandmarks.MODEL_FILE))) {
            System.out.print(calibrate(e, lm, evalDev.resolve(FaceEval.KAGGLE)).table());
        }
    }

    private static BufferedImage mirror(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, src.getWidth(), 0, -src.getWidth(), src.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage halfAndBack(BufferedImage src) {
        int w = Math.max(1, src.getWidth() / 2), h = Math.max(1, src.getHeight() / 2);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (BufferedImage[] step : new BufferedImage[][] {{src, small}, {small, out}}) {
            Graphics2D g = step[1].createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(step[0], 0, 0, step[1].getWidth(), step[1].getHeight(), null);
            } finally {
                g.dispose();
            }
        }
        return out;
    }

    private static String quantiles(List<Double> v) {
        StringBuilder sb = new StringBuilder();
        for (double q : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
            sb.append(String.format(Locale.ROOT, " %6.3f", quantile(v, q)));
        }
        return sb.toString();
    }

    static double quantile(List<Double> v, double q) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.floor(q * s.length))];
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
