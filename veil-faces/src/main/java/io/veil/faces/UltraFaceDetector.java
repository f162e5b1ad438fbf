package io.veil.faces;

import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Faces with UltraFace RFB-320 ({@code model/fr_detect.onnx} from npm {@code faceplugin-face-recognition-js@0.0.1},
 * MIT) on OpenCV DNN, over the whole image and overlapping tiles (4:3 windows, letterboxed, never stretched).
 * Finds smaller and more occluded faces than BlazeFace (masks, crowds) at the cost of more false alarms.
 *
 * <p>Thread-safe: each concurrent caller gets its own OpenCV network (created on first use, then reused).
 * Load once per process and share; {@link #close()} frees the networks.
 *
 * <pre>{@code
 * try (FaceDetector faces = UltraFaceDetector.load(models.resolve("faces/fr_detect.onnx"))) {
 *     for (FaceDetector.Face f : faces.detect(image)) {
 *         System.out.println(f.box() + " " + f.score());
 *     }
 * }
 * }</pre>
 */
public final class UltraFaceDetector implements FaceDetector {

    /** File name of the model inside the models folder. */
    public static final String MODEL_FILE = "faces/fr_detect.onnx";

    private final TiledDetector tiled;

    private UltraFaceDetector(TiledDetector tiled) {
        this.tiled = tiled;
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static UltraFaceDetector load(Path modelFile) {
        return load(modelFile, FaceTuning.ultraFace());
    }

    public static UltraFaceDetector load(Path modelFile, FaceTuning tuning) {
        return new UltraFaceDetector(new TiledDetector(UltraFaceModel.load(modelFile), tuning));
    }

    @Override
    public List<Face> detect(BufferedImage image) {
        return tiled.detect(image);
    }

    List<ScoredBox> candidates(BufferedImage image) {
        return tiled.candidates(image);
    }

    @Override
    public String version() {
        return tiled.version();
    }

    @Override
    public void close() {
        tiled.close();
    }
}
