package io.veil.faces.eval;

import io.veil.faces.FaceEmbedder;
import io.veil.model.Box;
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
 * Establishes the face-match threshold of {@link FaceEmbedder} on eval-dev {@code faces_kaggle_facemask}:
 * unmasked gold faces of at least 32 px; "same" pairs are a face against its crop shifted by 8% of its side
 * and scaled by ±8%; "different" pairs are faces from different photos (different people, nearly always).
 * Prints both distributions' quantiles and the threshold (the 99th percentile of "different" similarities,
 * so 1% of strangers would still count as a match), with how many "same" pairs reach it. Stateless.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FaceMatchCalibration
 * }</pre>
 */
public final class FaceMatchCalibration {

    private FaceMatchCalibration() {
    }

    public static void main(String[] args) throws IOException {
        Path evalDev = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"));
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        List<FaceEval.Gold> gold = FaceEval.load(evalDev.resolve(FaceEval.KAGGLE));
        List<float[]> embeddings = new ArrayList<>();
        List<Integer> photo = new ArrayList<>();
        List<Double> same = new ArrayList<>(), diff = new ArrayList<>();
        try (FaceEmbedder e = FaceEmbedder.load(models.resolve(FaceEmbedder.MODEL_FILE))) {
            for (int i = 0; i < gold.size(); i++) {
                FaceEval.Gold g = gold.get(i);
                BufferedImage img = null;
                for (int k = 0; k < g.faces().size(); k++) {
                    Box f = g.faces().get(k);
                    if (Math.max(f.width(), f.height()) < 32 || !g.unmasked().get(k)) {
                        continue;
                    }
                    img = img != null ? img : read(g.file());
                    float[] v = e.embed(img, f);
                    int d = Math.max(1, Math.round(0.08f * f.width()));
                    same.add(FaceEmbedder.similarity(v, e.embed(img, new Box(f.x() + d, f.y() + d / 2, f.width(), f.height()))));
                    same.add(FaceEmbedder.similarity(v, e.embed(img, new Box(f.x() - d / 2, f.y() - d / 2, f.width() + d, f.height() + d))));
                    same.add(FaceEmbedder.similarity(v, e.embed(img, new Box(f.x() + d / 2, f.y() + d / 2, f.width() - d, f.height() - d))));
                    embeddings.add(v);
                    photo.add(i);
                }
            }
        }
        for (int a = 0; a < embeddings.size(); a++) {
            for (int b = a + 1; b < embeddings.size(); b++) {
                if (!photo.get(a).equals(photo.get(b))) {
                    diff.add(FaceEmbedder.similarity(embeddings.get(a), embeddings.get(b)));
                }
            }
        }
        double threshold = quantile(diff, 0.99);
        long sameAbove = same.stream().filter(s -> s >= threshold).count();
        System.out.printf(Locale.ROOT, "faces: %d unmasked >= 32 px; same pairs %d, different pairs %d%n", embeddings.size(), same.size(), diff.size());
        System.out.println("quantiles        0.01   0.05   0.25   0.50   0.75   0.95   0.99");
        System.out.println("same       " + quantiles(same));
        System.out.println("different  " + quantiles(diff));
        System.out.printf(Locale.ROOT, "threshold (99th percentile of different) %.3f; same pairs at or above it: %.3f%n",
                threshold, (double) sameAbove / same.size());
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
