package io.veil.faces;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Finds the fetched models and sample photos (system property {@code veil.models}); skips when absent. */
final class TestModels {

    private TestModels() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        assumeTrue(Files.isRegularFile(dir.resolve(BlazeFaceDetector.MODEL_FILE))
                        && Files.isRegularFile(dir.resolve(UltraFaceDetector.MODEL_FILE)),
                "face models not fetched (run scripts/fetch-models.sh): skipping");
        return dir;
    }

    static BufferedImage sample(int n) {
        Path file = dir().resolve("samples/sample" + n + ".jpg");
        assumeTrue(Files.isRegularFile(file), "sample photos not fetched: skipping");
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
