package io.veil.faces;

import io.veil.spi.FaceDetector;
import java.nio.file.Path;

/**
 * Faces with UltraFace RFB-320 ({@code model/fr_detect.onnx} from npm {@code faceplugin-face-recognition-js@0.0.1},
 * MIT) on OpenCV DNN, over the whole image and overlapping tiles (4:3 windows, letterboxed, never stretched).
 * Finds smaller and more occluded faces than BlazeFace (masks, crowds) at the cost of more false alarms.
 *
 * <p>Thread-safe: each concurrent caller gets its own OpenCV network (created on first use, then reused).
 * Load once per process and share; closing the detector frees the networks.
 *
 * <pre>{@code
 * try (FaceDetector faces = UltraFaceDetector.load(models.resolve("faces/fr_detect.onnx"))) {
 *     for (FaceDetector.Face f : faces.detect(image)) {
 *         System.out.println(f.box() + " " + f.score());
 *     }
 * }
 * }</pre>
 */
public final class UltraFaceDetector {

    /** File name of the model inside the models folder. */
    public static final String MODEL_FILE = "faces/fr_detect.onnx";

    private UltraFaceDetector() {
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static FaceDetector load(Path modelFile) {
        return load(modelFile, FaceTuning.ultraFace());
    }

    public static FaceDetector load(Path modelFile, FaceTuning tuning) {
        return new TiledDetector(UltraFaceModel.load(modelFile), tuning);
    }
}
