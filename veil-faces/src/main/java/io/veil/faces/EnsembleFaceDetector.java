package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * UltraFace RFB-320, BlazeFace full-range and SSD MobileNetV1 over a pyramid of windows (UltraFace on the whole
 * image, half tiles and small tiles; BlazeFace down to 1/8 of the side; SSD on the whole image), every raw box
 * kept at a low score, boxes calibrated to the gold convention (UltraFace and SSD boxes sit high on the
 * forehead: moved down by about 14% of their height), grouped by {@link FaceCandidates}, each candidate's box
 * embedded by the face-recognition model ({@link FacenessProbe}), and each accepted by {@link FaceFusion} from
 * the agreement of all windows that saw it and that embedding. Thread-safe: the networks come from
 * {@link NetPool}s; closing frees them.
 *
 * <pre>{@code
 * try (FaceDetector faces = EnsembleFaceDetector.load(Path.of(System.getProperty("user.home"), ".cache/veil/models"))) {
 *     List<FaceDetector.Face> found = faces.detect(image);
 * }
 * }</pre>
 */
public final class EnsembleFaceDetector implements FaceDetector {

    public static final String ID = "veil-face-ensemble";
    /**
     * Fusion probability a candidate needs. At 0.5, 0.265 false positives per image on eval-dev kaggle, 5-fold
     * cross-validated; at 0.45 already 0.33 (prototype), so lower values buy recall dearly.
     */
    public static final double DEFAULT_ACCEPT = 0.5;
    private static final double ULTRA_FLOOR = 0.3, BLAZE_FLOOR = 0.3, SSD_FLOOR = 0.2;
    /** Smallest UltraFace small tile (pixels high): deeper enlargement made more false alarms than faces. */
    private static final int ULTRA_SMALL_TILE = 120;
    private static final int BLAZE_MIN_TILE = 40, BLAZE_LEVELS = 3;
    /** A small face in a large photo is seen only by deep BlazeFace tiles, which rarely fire this strongly on non-faces. */
    private static final double DEEP_BLAZE_ALONE = 0.8;
    /**
     * Context the second faceness crop adds on every side, as a fraction of the box: with hair, chin and
     * shoulders in view the recogniser tells a masked face from a patterned shirt better than from the box alone.
     */
    private static final double CONTEXT_PAD = 0.2;
    /**
     * Box calibration per model (centre shift right and down as a fraction of the box, width and height scale):
     * medians over boxes overlapping a gold face on eval-dev {@code faces_kaggle_facemask}.
     */
    private static final double[] ULTRA_FIT = {0.035, 0.14, 1.085, 0.93}, BLAZE_FIT = {0.03, 0.115, 1.0, 1.08},
            SSD_FIT = {0.042, 0.138, 1.07, 0.93};

    private final UltraFaceModel ultra;
    private final BlazeFaceModel blaze;
    private final SsdMobileNetModel ssd;
    private final FaceEmbedder embedder;
    private final double accept;

    /**
     * A candidate face and the {@link #embedding} of its box (null when not computed: no pixels, or faceness could
     * not change the decision). {@code sure}: accepted whatever its faceness, so not embedded.
     */
    record Candidate(FaceCandidates.Cluster cluster, Box box, float[] embedding, boolean sure) {
    }

    private EnsembleFaceDetector(UltraFaceModel ultra, BlazeFaceModel blaze, SsdMobileNetModel ssd, FaceEmbedder embedder, double accept) {
        this.ultra = ultra;
        this.blaze = blaze;
        this.ssd = ssd;
        this.embedder = embedder;
        this.accept = accept;
    }

    /** The four models from {@code modelsDir/faces/}; fusion probability {@link #DEFAULT_ACCEPT}. */
    public static EnsembleFaceDetector load(Path modelsDir) {
        return load(modelsDir, DEFAULT_ACCEPT);
    }

    /** @param accept fusion probability in (0,1) a face needs; lower finds more and errs more */
    public static EnsembleFaceDetector load(Path modelsDir, double accept) {
        if (!(accept > 0 && accept < 1)) {
            throw new IllegalArgumentException("accept must be in (0,1)");
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            UltraFaceModel u = opened(opened, UltraFaceModel.load(modelsDir.resolve(UltraFaceDetector.MODEL_FILE)));
            BlazeFaceModel b = opened(opened, BlazeFaceModel.load(modelsDir.resolve(BlazeFaceDetector.MODEL_FILE)));
            SsdMobileNetModel s = opened(opened, SsdMobileNetModel.load(modelsDir.resolve(SsdMobileNetModel.MANIFEST)));
            return new EnsembleFaceDetector(u, b, s, FaceEmbedder.load(modelsDir.resolve(FaceEmbedder.MODEL_FILE)), accept);
        } catch (RuntimeException e) {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> opened, T model) {
        opened.add(model);
        return model;
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        FaceFusion fusion = FaceFusion.standard();
        return accepted(fusion, candidates(image, fusion, accept), image.getWidth(), image.getHeight(), accept);
    }

    /** The candidates {@code fusion} accepts at probability {@code accept}, or that deep BlazeFace tiles alone vouch for. */
    static List<Face> accepted(FaceFusion fusion, List<Candidate> candidates, int width, int height, double accept) {
        List<Face> out = new ArrayList<>();
        for (Candidate c : candidates) {
            double[] best = c.cluster().best();
            double[] features = FaceFusion.features(c.cluster(), width, height, fusion.faceness(c.embedding()));
            double p = c.sure() ? fusion.worstCase(features) : fusion.probability(features);
            boolean deepBlaze = Math.max(best[FaceFusion.Source.B2.ordinal()], best[FaceFusion.Source.B3.ordinal()]) >= DEEP_BLAZE_ALONE;
            if ((p >= accept || deepBlaze) && !c.box().isEmpty()) {
                out.add(new Face(c.box(), p, ID));
            }
        }
        return out;
    }

    /** Every window of every model, raw boxes calibrated, grouped into candidates and each embedded (not yet accepted). */
    List<Candidate> candidates(BufferedImage image) {
        return candidates(image, null, 0);
    }

    /**
     * As {@link #candidates(BufferedImage)}, but a candidate that {@code fusion} would reject, or accept, at
     * {@code accept} whatever its faceness is left without an embedding (the recognition model is the costly part
     * per candidate). The decisions are exactly those with every embedding; a sure candidate's confidence is its
     * lowest over all faceness values.
     */
    private List<Candidate> candidates(BufferedImage image, FaceFusion fusion, double accept) {
        int w = image.getWidth(), h = image.getHeight();
        List<FaceCandidates.Seen> seen = new ArrayList<>();
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = Mats.toBgr(image);
            for (Tiling.Window win : ultraWindows(w, h)) {
                add(seen, ultra, bgr, win, ULTRA_FLOOR, ULTRA_FIT, FaceFusion.Source.values()[FaceFusion.Source.U0.ordinal() + win.level()]);
            }
            for (Tiling.Window win : Tiling.plan(w, h, 1.0, BLAZE_LEVELS, BLAZE_MIN_TILE, 0.25)) {
                add(seen, blaze, bgr, win, BLAZE_FLOOR, BLAZE_FIT, FaceFusion.Source.values()[FaceFusion.Source.B0.ordinal() + win.level()]);
            }
            for (Tiling.Window win : Tiling.plan(w, h, ssd.aspect(), 0, BLAZE_MIN_TILE, 0.25)) {
                add(seen, ssd, bgr, win, SSD_FLOOR, SSD_FIT, FaceFusion.Source.S0);
            }
            List<Candidate> out = new ArrayList<>();
            for (FaceCandidates.Cluster c : FaceCandidates.cluster(seen)) {
                Box box = c.box().toBox(w, h);
                boolean pixels = box.width() >= 2 && box.height() >= 2;
                double[] features = FaceFusion.features(c, w, h, 0);
                boolean sure = pixels && fusion != null && fusion.worstCase(features) >= accept;
                boolean embed = pixels && !sure && (fusion == null || fusion.bestCase(features) >= accept);
                out.add(new Candidate(c, box, embed ? embedding(bgr, box) : null, sure));
            }
            return out;
        }
    }

    /** The recognition model's embeddings of the box and of the box with {@link #CONTEXT_PAD} around it, end to end. */
    private float[] embedding(Mat bgr, Box box) {
        Box wide = box.pad(CONTEXT_PAD);
        float[] inner = embedder.embed(bgr, FaceLandmarks.Alignment.ofBox(box), box);
        float[] outer = embedder.embed(bgr, FaceLandmarks.Alignment.ofBox(wide), wide);
        float[] both = Arrays.copyOf(inner, inner.length + outer.length);
        System.arraycopy(outer, 0, both, inner.length, outer.length);
        return both;
    }

    private static void add(List<FaceCandidates.Seen> seen, WindowModel model, Mat bgr, Tiling.Window win, double floor,
                            double[] fit, FaceFusion.Source source) {
        for (ScoredBox b : model.infer(Mats.window(bgr, win), floor)) {
            seen.add(new FaceCandidates.Seen(calibrated(b.toPixels(win.x(), win.y(), win.width(), win.height()), fit), source));
        }
    }

    /** Whole image (level 0), half tiles (1), small tiles (2) of at least {@link #ULTRA_SMALL_TILE} px. */
    static List<Tiling.Window> ultraWindows(int w, int h) {
        double aspect = 4.0 / 3;
        List<Tiling.Window> out = new ArrayList<>(Tiling.plan(w, h, aspect, 1, 16, 0.25));
        double canvasH = Math.max(h, w / aspect);
        int th = (int) Math.round(Math.max(ULTRA_SMALL_TILE, canvasH / 4)), tw = (int) Math.round(th * aspect);
        if (th < canvasH / 2) {
            for (int y : Tiling.positions(h, th, 0.25)) {
                for (int x : Tiling.positions(w, tw, 0.25)) {
                    out.add(new Tiling.Window(x, y, tw, th, 2));
                }
            }
        }
        return out;
    }

    /** Moves a box's centre by {@code fit[0]} of its width and {@code fit[1]} of its height, then scales it by {@code fit[2..3]}. */
    static ScoredBox calibrated(ScoredBox b, double[] fit) {
        double cx = (b.x0() + b.x1()) / 2 + fit[0] * b.width(), cy = (b.y0() + b.y1()) / 2 + fit[1] * b.height();
        return ScoredBox.ofCentre(cx, cy, b.width() * fit[2], b.height() * fit[3], b.score());
    }

    @Override
    public String version() {
        return ID + " (" + UltraFaceModel.VERSION + " + " + BlazeFaceModel.VERSION + " + " + SsdMobileNetModel.VERSION + " + "
                + FaceEmbedder.VERSION + ")";
    }

    @Override
    public void close() {
        ultra.close();
        blaze.close();
        ssd.close();
        embedder.close();
    }
}
