package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.faces.BlazeFaceDetector;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group photo comes out with every reported face destroyed, and no face is found there again. */
class FacePhotoTest {
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));

    @Test
    void facesInAGroupPhotoAreBlurredBeyondDetection(@TempDir Path dir) throws Exception {
        Path sample = MODELS.resolve("samples/sample1.jpg");
        assumeThat(sample).as("group photo from the pinned face-api package").exists();
        Path in = Files.copy(sample, dir.resolve("group.jpg"));
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString(), "--no-ocr");

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(out.resolve("group.jpg.json").toFile());
        List<Box> blurred = new ArrayList<>();
        report.path("redaction_map").path("blur_regions").forEach(b ->
                blurred.add(new Box(b.path("x").asInt(), b.path("y").asInt(), b.path("width").asInt(), b.path("height").asInt())));
        assertThat(blurred).hasSizeGreaterThanOrEqualTo(3).allMatch(b -> b.width() >= 16 && b.height() >= 16);
        BufferedImage redacted = ImageIO.read(out.resolve("group.jpg").toFile());
        try (FaceDetector faces = BlazeFaceDetector.load(MODELS.resolve("faces/face_detection_full_range.tflite"))) {
            for (FaceDetector.Face f : faces.detect(redacted)) {
                assertThat(blurred).as("a face found again at %s", f.box()).noneMatch(b -> b.intersection(f.box()).area() > 0.5 * f.box().area());
            }
        }
        String bytes = new String(Files.readAllBytes(out.resolve("group.jpg")), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Exif").doesNotContain("http://ns.adobe.com/xap");
    }

    @Test
    void proveFacesRecordsEveryRedactedFaceAsNoLongerRecognisable(@TempDir Path dir) throws Exception {
        Path sample = MODELS.resolve("samples/sample1.jpg");
        assumeThat(sample).as("group photo from the pinned face-api package").exists();
        Path in = Files.copy(sample, dir.resolve("group.jpg"));
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString(),
                "--no-ocr", "--prove-faces");

        assertThat(code).isZero();
        JsonNode verification = new ObjectMapper().readTree(out.resolve("group.jpg.json").toFile()).path("verification");
        assertThat(verification.path("passed").asBoolean()).isTrue();
        JsonNode proofs = verification.path("face_proof");
        assertThat(proofs.size()).isGreaterThanOrEqualTo(3);
        proofs.forEach(p -> {
            assertThat(p.path("similarity").asDouble()).isLessThan(p.path("match_threshold").asDouble());
            assertThat(p.path("still_detected").asBoolean()).isFalse();
            assertThat(p.path("anonymous").asBoolean()).isTrue();
        });
    }

    @Test
    void proveFacesWithoutFaceDetectionIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("note.txt"), "nothing here");

        int code = Main.run("redact", in.toString(), "--out", dir.resolve("out").toString(), "--no-faces", "--prove-faces");

        assertThat(code).isEqualTo(2);
    }
}
