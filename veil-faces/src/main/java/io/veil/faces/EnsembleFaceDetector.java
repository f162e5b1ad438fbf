package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * UltraFace RFB-320 and BlazeFace full-range over a pyramid of windows (whole image, half tiles, small
 * tiles; BlazeFace down to 1/8 of the side), every raw box kept at a low score, boxes calibrated to the
 * gold convention (UltraFace boxes sit high on the forehead: shifted down by 13% of their height), merged by
 * weighted NMS, and each merged face accepted by {@link FaceFusion} from the agreement of all windows that
 * saw it. Thread-safe: the networks come from {@link NetPool}s; closing frees them.
 *
 * <pre>{@code
 * try (FaceDetector faces = EnsembleFaceDetector.load(Path.of(System.getProperty("user.home"), ".cache/veil/models"))) {
 *     List<FaceDetector.Face> found = faces.detect(image);
 * }
 * }</pre>
 */
public final class EnsembleFaceDetector implements FaceDetector {

    public static final String ID = "veil-face-ensemble";
    /** Fusion probability a merged box needs; 0.5 held ≤ 0.3 false positives per image on both halves of eval-dev. */
    public static final double DEFAULT_ACCEPT = 0.5;
    private static final double ULTRA_FLOOR = 0.5, BLAZE_FLOOR = 0.4;
    /** Smallest UltraFace small tile (pixels high): deeper enlargement made more false alarms than faces. */
    private static final int ULTRA_SMALL_TILE = 120;
    private static final int BLAZE_MIN_TILE = 40, BLAZE_LEVELS = 3;
    private static final double DEEP_BLAZE_ALONE = 0.8;

    private final UltraFaceModel ultra;
    private final BlazeFaceModel blaze;
    private final double accept;

    private EnsembleFaceDetector(UltraFaceModel ultra, BlazeFaceModel blaze, double accept) {
        this.ultra = ultra;
        this.blaze = blaze;
        this.accept = accept;
    }

    /** Both models from {@code modelsDir/faces/}; fusion probability {@link #DEFAULT_ACCEPT}. */
    public static EnsembleFaceDetector load(Path modelsDir) {
        return load(modelsDir, DEFAULT_ACCEPT);
    }

    /** @param accept fusion probability in (0,1) a face needs; lower finds more and errs more */
    public static EnsembleFaceDetector load(Path modelsDir, double accept) {
        if (!(accept > 0 && accept < 1)) {
            throw new IllegalArgumentException("accept must be in (0,1)");
        }
        UltraFaceModel u = UltraFaceModel.load(modelsDir.resolve(UltraFaceDetector.MODEL_FILE));
        try {
            return new EnsembleFaceDetector(u, BlazeFaceModel.load(modelsDir.resolve(BlazeFaceDetector.MODEL_FILE)), accept);
        } catch (RuntimeException e) {
            u.close();
            throw e;
        }
    }

    /** A raw box and the kind of window that produced it. */
    private record Seen(ScoredBox box, FaceFusion.Source source) {
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        List<Seen> seen = new ArrayList<>();
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = Mats.toBgr(image);
            for (Tiling.Window win : ultraWindows(w, h)) {
                FaceFusion.Source src = FaceFusion.Source.values()[win.level()];
                for (ScoredBox b : ultra.infer(Mats.window(bgr, win), ULTRA_FLOOR)) {
                    seen.add(new Seen(shift(b.toPixels(win.x(), win.y(), win.width(), win.height()), 0.13, 1.06, 0.95), src));
                }
            }
            for (Tiling.Window win : Tiling.plan(w, h, 1.0, BLAZE_LEVELS, BLAZE_MIN_TILE, 0.25)) {
                FaceFusion.Source src = FaceFusion.Source.values()[FaceFusion.Source.B0.ordinal() + win.level()];
                for (ScoredBox b : blaze.infer(Mats.window(bgr, win), BLAZE_FLOOR)) {
                    seen.add(new Seen(shift(b.toPixels(win.x(), win.y(), win.width(), win.height()), 0.10, 1.0, 1.06), src));
                }
            }
        }
        return fuse(seen, w, h);
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

    /** Moves a box down by {@code dy} of its height and scales its width and height about the new centre. */
    static ScoredBox shift(ScoredBox b, double dy, double sw, double sh) {
        double cx = (b.x0() + b.x1()) / 2, cy = (b.y0() + b.y1()) / 2 + dy * b.height();
        return ScoredBox.ofCentre(cx, cy, b.width() * sw, b.height() * sh, b.score());
    }

    private List<Face> fuse(List<Seen> seen, int w, int h) {
        List<Face> out = new ArrayList<>();
        List<Seen> rest = new ArrayList<>(seen);
        rest.sort((a, b) -> Double.compare(b.box().score(), a.box().score()));
        // Same clustering as Nms.weighted, but every member's source is kept as evidence.
        while (!rest.isEmpty()) {
            ScoredBox top = rest.get(0).box();
            double[] best = new double[FaceFusion.Source.values().length];
            double sw = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            int members = 0;
            List<Seen> keep = new ArrayList<>();
            for (Seen s : rest) {
                ScoredBox b = s.box();
                boolean near = b == top || b.iou(top) > 0.3;
                if (!near && !(b.area() <= top.area() && b.overlapOfSmaller(top) > 0.7)) {
                    keep.add(s);
                    continue;
                }
                members++;
                best[s.source().ordinal()] = Math.max(best[s.source().ordinal()], b.score());
                if (near) {
                    sw += b.score();
                    x0 += b.score() * b.x0();
                    y0 += b.score() * b.y0();
                    x1 += b.score() * b.x1();
                    y1 += b.score() * b.y1();
                }
            }
            rest = keep;
            ScoredBox merged = new ScoredBox(x0 / sw, y0 / sw, x1 / sw, y1 / sw, top.score());
            double p = FaceFusion.DEFAULT.probability(best, Math.max(merged.width(), merged.height()), members);
            Box box = merged.toBox(w, h);
            // A small face in a large photo is seen only by deep BlazeFace tiles, a case the fusion weights
            // (fitted on small photos) under-rate; BlazeFace's deep tiles rarely fire this strongly on non-faces.
            boolean deepBlaze = Math.max(best[FaceFusion.Source.B2.ordinal()], best[FaceFusion.Source.B3.ordinal()]) >= DEEP_BLAZE_ALONE;
            if ((p >= accept || deepBlaze) && !box.isEmpty()) {
                out.add(new Face(box, p, ID));
            }
        }
        return out;
    }

    @Override
    public String version() {
        return ID + " (" + UltraFaceModel.VERSION + " + " + BlazeFaceModel.VERSION + ")";
    }

    @Override
    public void close() {
        ultra.close();
        blaze.close();
    }
}
