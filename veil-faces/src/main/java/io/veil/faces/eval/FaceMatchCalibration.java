package io.veil.faces.eval;

import io.veil.faces.FaceAnonymityCheck;
import io.veil.faces.FaceEmbedder;
import io.veil.faces.FaceLandmarks;
import io.veil.model.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Establishes the face-match thresholds of {@link FaceAnonymityCheck} on eval-dev {@code faces_kaggle_facemask}
 * (every gold face, masked or not, since Veil redacts both), per {@link FaceAnonymityCheck.View} and size band.
 * The set has no identities, so "different" pairs are faces from different photos, and "same" pairs are a face
 * against itself as a recognition system would see it again: mirrored, shrunk to half and enlarged back, or
 * found by a box shifted by 8% of its side (landmarks recomputed). A band's threshold is the similarity that
 * only a fraction {@code falseMatchRate} of its different pairs reach; the table also shows how many same pairs
 * still reach it. It also measures the model's noise near a blank face: how much closer to its original a black
 * fill of the face box comes than a blank patch of the face's mean colour (both keep nothing of the face), the
 * scale for {@link FaceAnonymityCheck#BLANK_MARGIN}. Stateless.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FaceMatchCalibration
 * }</pre>
 */
public final class FaceMatchCalibration {

    /** Kinds of "same" pair, in table order. */
    static final List<String> SAME = List.of("mirrored", "half size", "shifted");

    /**
     * Similarities of one view and size band.
     *
     * @param same      per kind of {@link #SAME}, the similarity of each face to that version of itself
     * @param different similarities of faces from different photos
     * @param blackOverBlank per face, similarity to its black-filled box minus similarity to its blank patch
     */
    public record Band(FaceAnonymityCheck.View view, String sizes, int faces, List<List<Double>> same, List<Double> different,
                       List<Double> blackOverBlank) {
        double threshold(double falseMatchRate) {
            return quantile(different, 1 - falseMatchRate);
        }
    }

    /** All bands of both views, and the thresholds they give at {@code falseMatchRate}. */
    public record Calibration(List<Band> bands, int[] upperBounds, double falseMatchRate) {
        public FaceAnonymityCheck.Thresholds thresholds() {
            int n = upperBounds.length + 1;
            double[] lm = new double[n], box = new double[n];
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                (b.view() == FaceAnonymityCheck.View.LANDMARKS ? lm : box)[i % n] = round(b.threshold(falseMatchRate));
            }
            return new FaceAnonymityCheck.Thresholds(upperBounds, lm, box);
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Face match: %s, views LANDMARKS (%s) and BOX; false match rate %.4f%n",
                    FaceEmbedder.VERSION, FaceLandmarks.VERSION, falseMatchRate));
            sb.append(String.format(Locale.ROOT, "%-10s %-8s %6s %10s %9s %9s %9s |%s | %s%n", "view", "size px", "faces", "diff pairs",
                    "diff q50", "diff q99", "threshold", SAME.stream().map(k -> String.format(Locale.ROOT, " %10s", k)).reduce("", String::concat),
                    "black-blank q99   max"));
            for (Band b : bands) {
                double t = b.threshold(falseMatchRate);
                sb.append(String.format(Locale.ROOT, "%-10s %-8s %6d %10d %9.3f %9.3f %9.3f |", b.view(), b.sizes(), b.faces(), b.different().size(),
                        quantile(b.different(), 0.5), quantile(b.different(), 0.99), t));
                for (List<Double> same : b.same()) {
                    sb.append(String.format(Locale.ROOT, " %10.3f", (double) same.stream().filter(x -> x >= t).count() / same.size()));
                }
                sb.append(String.format(Locale.ROOT, " | %15.3f %5.3f%n", quantile(b.blackOverBlank(), 0.99), quantile(b.blackOverBlank(), 1.0)));
            }
            sb.append("same-pair columns: share of a face's mirrored / half-size / shifted self still at or above the threshold\n");
            FaceAnonymityCheck.Thresholds th = thresholds();
            sb.append("as code: new Thresholds(new int[] ").append(Arrays.toString(th.upperBounds()).replace('[', '{').replace(']', '}'))
                    .append(", new double[] ").append(Arrays.toString(th.landmarks()).replace('[', '{').replace(']', '}'))
                    .append(", new double[] ").append(Arrays.toString(th.box()).replace('[', '{').replace(']', '}')).append(")\n");
            return sb.toString();
        }
    }

    private FaceMatchCalibration() {
    }

    public static Calibration calibrate(FaceEmbedder e, FaceLandmarks lm, Path set, int[] upperBounds, double falseMatchRate) {
        int views = FaceAnonymityCheck.View.values().length, n = upperBounds.length + 1;
        List<List<float[]>> embeddings = new ArrayList<>();
        List<List<Integer>> photos = new ArrayList<>();
        List<List<List<Double>>> same = new ArrayList<>();
        List<List<Double>> blackOverBlank = new ArrayList<>();
        for (int i = 0; i < views * n; i++) {
            blackOverBlank.add(new ArrayList<>());
            embeddings.add(new ArrayList<>());
            photos.add(new ArrayList<>());
            List<List<Double>> kinds = new ArrayList<>();
            SAME.forEach(k -> kinds.add(new ArrayList<>()));
            same.add(kinds);
        }
        List<FaceEval.Gold> gold = FaceEval.load(set);
        for (int i = 0; i < gold.size(); i++) {
            FaceEval.Gold g = gold.get(i);
            BufferedImage img = FaceEval.read(g.file()), mirrored = mirror(img), soft = halfAndBack(img), black = blackFaces(img, g.faces());
            for (Box face : g.faces()) {
                Box f = face.clip(img.getWidth(), img.getHeight());
                if (Math.min(f.width(), f.height()) < 4) {
                    continue;
                }
                Box m = new Box(img.getWidth() - f.x() - f.width(), f.y(), f.width(), f.height());
                int d = Math.max(1, Math.round(0.08f * f.width()));
                Box shifted = new Box(f.x() + d, f.y() + d / 2, f.width(), f.height()).clip(img.getWidth(), img.getHeight());
                for (FaceAnonymityCheck.View view : FaceAnonymityCheck.View.values()) {
                    int slot = view.ordinal() * n + FaceAnonymityCheck.Thresholds.band(upperBounds, f);
                    float[] v = embed(e, lm, view, img, f);
                    double[] s = {
                        FaceEmbedder.similarity(v, embed(e, lm, view, mirrored, m)),
                        FaceEmbedder.similarity(v, embed(e, lm, view, soft, f)),
                        FaceEmbedder.similarity(v, embed(e, lm, view, img, shifted))};
                    for (int k = 0; k < s.length; k++) {
                        same.get(slot).get(k).add(s[k]);
                    }
                    FaceLandmarks.Alignment a = alignment(lm, view, img, f);
                    blackOverBlank.get(slot).add(FaceEmbedder.similarity(v, e.embed(black, a, f)) - FaceEmbedder.similarity(v, e.embedBlank(img, a, f)));
                    embeddings.get(slot).add(v);
                    photos.get(slot).add(i);
                }
            }
        }
        List<Band> out = new ArrayList<>();
        for (FaceAnonymityCheck.View view : FaceAnonymityCheck.View.values()) {
            for (int b = 0; b < n; b++) {
                int slot = view.ordinal() * n + b;
                List<float[]> vs = embeddings.get(slot);
                List<Double> diff = new ArrayList<>();
                for (int x = 0; x < vs.size(); x++) {
                    for (int y = x + 1; y < vs.size(); y++) {
                        if (!photos.get(slot).get(x).equals(photos.get(slot).get(y))) {
                            diff.add(FaceEmbedder.similarity(vs.get(x), vs.get(y)));
                        }
                    }
                }
                String sizes = (b == 0 ? "<" + upperBounds[0] : upperBounds[b - 1] + (b < upperBounds.length ? "-" + upperBounds[b] : "+"));
                out.add(new Band(view, sizes, vs.size(), same.get(slot), diff, blackOverBlank.get(slot)));
            }
        }
        return new Calibration(out, upperBounds, falseMatchRate);
    }

    private static float[] embed(FaceEmbedder e, FaceLandmarks lm, FaceAnonymityCheck.View view, BufferedImage img, Box f) {
        return e.embed(img, alignment(lm, view, img, f), f);
    }

    private static FaceLandmarks.Alignment alignment(FaceLandmarks lm, FaceAnonymityCheck.View view, BufferedImage img, Box f) {
        return view == FaceAnonymityCheck.View.BOX ? FaceLandmarks.Alignment.ofBox(f) : lm.alignment(img, f);
    }

    private static BufferedImage blackFaces(BufferedImage src, List<Box> faces) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
            g.setColor(java.awt.Color.BLACK);
            faces.forEach(f -> g.fillRect(f.x(), f.y(), f.width(), f.height()));
        } finally {
            g.dispose();
        }
        return out;
    }

    public static void main(String[] args) {
        Path evalDev = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"));
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        try (FaceEmbedder e = FaceEmbedder.load(models.resolve(FaceEmbedder.MODEL_FILE));
             FaceLandmarks lm = FaceLandmarks.load(models.resolve(FaceLandmarks.MODEL_FILE))) {
            System.out.print(calibrate(e, lm, evalDev.resolve(FaceEval.KAGGLE), FaceAnonymityCheck.THRESHOLDS.upperBounds(), 0.001).table());
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
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

    static double quantile(List<Double> v, double q) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.floor(q * s.length))];
    }
}
