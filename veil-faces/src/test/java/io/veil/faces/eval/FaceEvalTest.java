package io.veil.faces.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.veil.faces.CombinedFaceDetector;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceEvalTest {

    /** Spread over the whole set (kept small for test time); the full 427-image numbers come from {@code FaceEval.main}. */
    private static final int SUBSET = 75;

    @Test
    void kaggleFacesOfThirtyTwoPixelsOrMoreMeetTheFloor() {
        Path evalDev = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"));
        Path set = evalDev.resolve(FaceEval.KAGGLE);
        assumeTrue(Files.isDirectory(set), "eval-dev face set absent: skipping the face floor");
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        assumeTrue(Files.isDirectory(models.resolve("faces")), "face models not fetched: skipping the face floor");

        FaceEval.SetResult r;
        try (FaceDetector d = CombinedFaceDetector.load(models)) {
            r = FaceEval.evaluate(d, set, SUBSET);
            System.out.print(FaceEval.table(d.version(), List.of(r)));
        }

        assertThat(r.images()).isEqualTo(SUBSET);
        assertThat(r.recall(3)).isGreaterThanOrEqualTo(0.70);
        assertThat(r.falsePositivesPerImage()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void faceSizeIsTheLongerSideOfTheGoldBox() {
        assertThat(FaceEval.bucket(new Box(0, 0, 9, 9))).isZero();
        assertThat(FaceEval.bucket(new Box(0, 0, 15, 10))).isEqualTo(1);
        assertThat(FaceEval.bucket(new Box(0, 0, 10, 16))).isEqualTo(2);
        assertThat(FaceEval.bucket(new Box(0, 0, 31, 20))).isEqualTo(2);
        assertThat(FaceEval.bucket(new Box(0, 0, 32, 20))).isEqualTo(3);
    }

    @Test
    void aDetectionMatchesByIouOrByCoveringMostOfTheFace() {
        Box gold = new Box(100, 100, 40, 40);
        assertThat(FaceEval.matches(new Box(105, 105, 40, 40), gold)).isTrue();
        assertThat(FaceEval.matches(new Box(80, 80, 90, 90), gold)).isTrue();       // covers it, IoU < 0.3
        assertThat(FaceEval.matches(new Box(0, 0, 400, 400), gold)).isFalse();      // covers it but 10× its side
        assertThat(FaceEval.matches(new Box(200, 200, 40, 40), gold)).isFalse();
    }
}
