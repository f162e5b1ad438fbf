package io.veil.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find trained data and evaluation sets; skips visibly when they are absent. */
final class Models {

    private Models() {
    }

    static Path tessdata() {
        Path dir = Path.of(System.getProperty("veil.models",
                System.getProperty("user.home") + "/.cache/veil/models")).resolve("tessdata");
        assumeTrue(Files.isRegularFile(dir.resolve("eng.traineddata")),
                "SKIPPED: no trained data in " + dir + " (run scripts/fetch-models.sh)");
        return dir;
    }

    static Path evalDev(String set) {
        String root = System.getProperty("veil.evalDev");
        Path dir = root == null ? null : Path.of(root).resolve(set);
        assumeTrue(dir != null && Files.isDirectory(dir), "SKIPPED: evaluation set " + set + " not found under "
                + root + " (../shared/eval-dev)");
        return dir;
    }
}
