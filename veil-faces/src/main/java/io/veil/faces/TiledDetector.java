package io.veil.faces;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Runs one {@link WindowModel} over the whole image and over the tiles {@link Tiling} plans, keeps each
 * level's boxes above that level's threshold, and merges everything with {@link Nms#weighted}. Thread-safe
 * when the model is; native buffers of a call are freed when it returns.
 */
final class TiledDetector implements FaceDetector {

    private final WindowModel model;
    private final FaceTuning tuning;

    TiledDetector(WindowModel model, FaceTuning tuning) {
        this.model = model;
        this.tuning = tuning;
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        List<ScoredBox> merged = candidates(image);
        List<Face> faces = new ArrayList<>(merged.size());
        for (ScoredBox b : merged) {
            Box box = b.toBox(image.getWidth(), image.getHeight());
            if (!box.isEmpty()) {
                faces.add(new Face(box, b.score(), model.id()));
            }
        }
        return faces;
    }

    /** Merged boxes in image pixels, unclipped. */
    List<ScoredBox> candidates(BufferedImage image) {
        List<ScoredBox> all = new ArrayList<>();
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = Mats.toBgr(image);
            List<Tiling.Window> windows = Tiling.plan(image.getWidth(), image.getHeight(), model.aspect(),
                    tuning.maxLevel(), tuning.minTile(), tuning.overlap());
            for (Tiling.Window w : windows) {
                double threshold = tuning.threshold(w.level());
                for (ScoredBox b : model.infer(Mats.window(bgr, w), threshold)) {
                    all.add(b.toPixels(w.x(), w.y(), w.width(), w.height()));
                }
            }
        }
        return Nms.weighted(all, tuning.nmsIou(), tuning.containment());
    }

    @Override
    public String version() {
        return model.version();
    }

    @Override
    public void close() {
        model.close();
    }
}
