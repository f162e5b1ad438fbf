package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.model.FaceStyle;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceAnonymityCheckTest {

    private FaceDetector detector;
    private FaceEmbedder embedder;
    private FaceLandmarks landmarks;
    private FaceAnonymityCheck check;
    private BufferedImage photo;
    private Box face;

    @BeforeAll
    void load() {
        Path dir = TestModels.dir();
        Path model = dir.resolve(FaceEmbedder.MODEL_FILE);
        org.junit.jupiter.api.Assumptions.assumeTrue(model.toFile().isFile(), "face embedding model not fetched: skipping");
        detector = EnsembleFaceDetector.load(dir);
        embedder = FaceEmbedder.load(model);
        landmarks = FaceLandmarks.load(dir.resolve(FaceLandmarks.MODEL_FILE));
        check = new FaceAnonymityCheck(embedder, landmarks, detector, FaceAnonymityCheck.THRESHOLDS);
        photo = TestModels.sample(1);
        face = detector.detect(photo).stream().map(FaceDetector.Face::box)
                .max(Comparator.comparingLong(Box::area)).orElseThrow();
    }

    @AfterAll
    void close() {
        if (detector != null) {
            detector.close();
            check.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FaceStyle.class)
    void faceRedactedByTheProductNoLongerMatchesNorIsDetected(FaceStyle style) {
        Box padded = face.pad(0.3).clip(photo.getWidth(), photo.getHeight());
        BufferedImage redacted = new DefaultPageRedactor().redact(photo, List.of(), List.of(padded), style);

        List<FaceCheck> results = check.prove(photo, redacted, List.of(face));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.matches()).isFalse();
            assertThat(r.detected()).isFalse();
            assertThat(r.anonymous()).isTrue();
        });
    }

    @Test
    void unredactedFaceStillMatchesAndIsDetected() {
        List<FaceCheck> results = check.prove(photo, photo, List.of(face));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.matches()).isTrue();
            assertThat(r.detected()).isTrue();
            assertThat(r.anonymous()).isFalse();
        });
    }

    @Test
    void aCosmeticBlurOfTheFaceStillMatches() {
        float[] k = new float[9];
        java.util.Arrays.fill(k, 1f / 9);
        BufferedImage rgb = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(photo, 0, 0, null);
        BufferedImage soft = new java.awt.image.ConvolveOp(new java.awt.image.Kernel(3, 3, k), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
                .filter(rgb, null);

        List<FaceCheck> results = check.prove(photo, soft, List.of(face));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.matches()).isTrue());
    }

    @Test
    void embeddingsAreUnitLength() {
        float[] v = embedder.embed(photo, landmarks.alignment(photo, face), face);

        assertThat(FaceEmbedder.similarity(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
