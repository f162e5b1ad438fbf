package io.veil.faces;

import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One single-shot face network behind OpenCV DNN: looks at one window of an image and reports boxes in
 * coordinates normalised to that window. Implementations are thread-safe ({@link NetPool}).
 */
interface WindowModel extends AutoCloseable {

    /** Detector id written into every {@code Face}, e.g. {@code blazeface-full-range}. */
    String id();

    /** Model name and version, for reports and the audit trail. */
    String version();

    /** Width / height of the model input; windows are planned at this aspect so nothing is distorted. */
    double aspect();

    /** @param bgrWindow an 8-bit BGR image of the window, any size (the model resizes it) */
    List<ScoredBox> infer(Mat bgrWindow, double minScore);

    @Override
    void close();
}
