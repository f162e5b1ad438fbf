package io.veil.cli;

import io.veil.recognize.policy.Policy;
import io.veil.recognize.policy.PolicyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that runs detection: where models are and which extractors run. */
final class EngineOptions {
    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of models and trained data (default: $VEIL_MODELS or ~/.cache/veil/models, "
                    + "filled by scripts/fetch-models.sh).")
    Path models;

    @Option(names = "--ocr-languages", paramLabel = "LANGS", defaultValue = "fra+deu+eng",
            description = "Tesseract languages, '+'-separated, from eng deu fra spa ita nld (default: ${DEFAULT-VALUE}).")
    String ocrLanguages;

    @Option(names = "--no-ocr", description = "Do not read text from images.")
    boolean noOcr;

    @Option(names = "--no-faces", description = "Do not detect faces.")
    boolean noFaces;

    @Option(names = "--no-barcodes", description = "Do not decode QR codes and barcodes.")
    boolean noBarcodes;

    @Option(names = "--max-megapixels", paramLabel = "N", defaultValue = "100",
            description = "Refuse pages larger than N megapixels (decompression bombs) (default: ${DEFAULT-VALUE}).")
    long maxMegapixels;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (JSON): values that are not personal data (allow), values that always are (deny), "
                    + "and your own identifier patterns. See docs/policy.md.")
    Path policyFile;

    @Option(names = "--stream-text-over", paramLabel = "MB", defaultValue = "16",
            description = "Text files larger than this are scanned and redacted in windows, in bounded memory "
                    + "(default: ${DEFAULT-VALUE}); smaller ones are read whole.")
    long streamTextOverMb;

    @Option(names = "--threads", paramLabel = "N", description = "Files processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Path modelsDir() {
        Path dir = models;
        if (dir == null) {
            String env = System.getenv("VEIL_MODELS");
            String prop = System.getProperty("veil.models");
            dir = prop != null ? Path.of(prop) : env != null ? Path.of(env)
                    : Path.of(System.getProperty("user.home"), ".cache", "veil", "models");
        }
        if (!Files.isDirectory(dir)) {
            throw new io.veil.spi.EngineException("models folder " + dir + " does not exist; run scripts/fetch-models.sh "
                    + "(the ./veil launcher does it for you) or pass --models");
        }
        return dir;
    }

    /** The policy file's rules, or none; a broken file is a usage error (exit 2) that names its mistake. */
    Policy policy() {
        if (policyFile == null) {
            return Policy.NONE;
        }
        try {
            return PolicyFile.read(policyFile);
        } catch (PolicyFile.InvalidPolicyException e) {
            throw new UsageException(e.getMessage());
        }
    }

    void validate() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        if (maxMegapixels < 1) {
            throw new UsageException("--max-megapixels must be at least 1, got " + maxMegapixels);
        }
        if (!ocrLanguages.matches("[a-z_]{3,}(\\+[a-z_]{3,})*")) {
            throw new UsageException("--ocr-languages must look like eng+deu, got '" + ocrLanguages + "'");
        }
    }
}
