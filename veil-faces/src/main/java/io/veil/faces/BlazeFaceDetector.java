package io.veil.faces;

import io.veil.spi.FaceDetector;
import java.nio.file.Path;

/**
 * Faces with MediaPipe's full-range BlazeFace ({@code face_detection_full_range.tflite} from npm
 * {@code @mediapipe/face_detection@0.4.1657300184}) on OpenCV DNN. One pass over the whole image
 * (letterboxed, never stretched) plus overlapping tiles of 1/2, 1/4 and 1/8 of the image side, so that faces
 * down to about 16 px are found; overlapping boxes are blended by weighted NMS.
 *
 * <p>Thread-safe: each concurrent caller gets its own OpenCV network (created on first use, then reused).
 * Load once per process and share; closing the detector frees the networks.
 *
 * <pre>{@code
 * try (FaceDetector faces = BlazeFaceDetector.load(models.resolve("faces/face_detection_full_range.tflite"))) {
 *     for (FaceDetector.Face f : faces.detect(image)) {
 *         System.out.println(f.box() + " " + f.score());
 *     }
 * }
 * }</pre>
 */
public final class BlazeFaceDetector {

    /** File name of the model inside the models folder. */
    public static final String MODEL_FILE = "faces/face_detection_full_range.tflite";

    private BlazeFaceDetector() {
    }

    /** @throws io.veil.spi.EngineException when the model is missing or cannot be loaded */
    public static FaceDetector load(Path modelFile) {
        return load(modelFile, FaceTuning.blazeFace());
    }

    public static FaceDetector load(Path modelFile, FaceTuning tuning) {
        return new TiledDetector(BlazeFaceModel.load(modelFile), tuning);
    }
}
