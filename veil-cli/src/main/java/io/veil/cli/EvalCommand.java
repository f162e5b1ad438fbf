package io.veil.cli;

import io.veil.cli.eval.FaceAnonymityEval;
import io.veil.cli.eval.ImagePiiEval;
import io.veil.cli.eval.PdfInvoiceEval;
import io.veil.model.FaceStyle;
import io.veil.pipeline.Anonymizer;
import io.veil.pipeline.RedactionPlanner;
import io.veil.faces.FaceAnonymityCheck;
import io.veil.faces.eval.FaceEval;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.recognize.Recognizers;
import io.veil.recognize.eval.RecognizerEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veil eval}: measures detection on labelled sets (../shared/eval-dev layout) and prints one table per
 * set: text recognizers (precision/recall per entity type), document images (PII box coverage), faces (recall
 * by face size, false positives per image; then the face-match table: every detected face redacted in each style
 * and proven no longer recognisable nor detectable).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure detection on labelled evaluation sets and print per-set tables.",
            "Sets: text (presidio_recognizer_tests), images (presidio_image_tests), faces (faces_kaggle_facemask, "
                    + "faces_dlib_pascal_examples), documents (pdf_invoices_known_fields)."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval-dev",
            description = "Folder holding the evaluation sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--set", paramLabel = "SET", split = ",",
            description = "Which sets to run: text, images, faces, documents (default: all).")
    List<String> sets;

    @Option(names = "--face-limit", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N images of each face set (0 = all).")
    int faceLimit;

    @Option(names = "--no-face-proof",
            description = "Skip the face-match table (every detected face redacted in each style and checked against its original).")
    boolean noFaceProof;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new UsageException("evaluation data folder not found: " + data + " (pass --data)");
        }
        Set<String> chosen = new LinkedHashSet<>(sets == null ? List.of("text", "images", "faces", "documents") : sets);
        for (String s : chosen) {
            if (!Set.of("text", "images", "faces", "documents").contains(s)) {
                throw new UsageException("unknown set '" + s + "': use text, images, faces or documents");
            }
        }
        if (chosen.contains("text")) {
            RecognizerEval text = new RecognizerEval(Recognizers.defaults(engine.modelsDir()), Recognizers.defaultResolver());
            System.out.println("## Text: presidio_recognizer_tests\n");
            System.out.println(text.recognizerTests(data.resolve("presidio_recognizer_tests")).table());
            System.out.println("## Text: presidio_research_synthetic\n");
            System.out.println(text.synthetic(data.resolve("presidio_research_synthetic")).table());
            System.out.println("## Text: europeana_ner_de_fr\n");
            System.out.println(text.europeana(data.resolve("europeana_ner_de_fr")).table());
        }
        if (chosen.contains("images")) {
            System.out.println("## Document images: presidio_image_tests\n");
            try (Engines engines = Engines.load(engine)) {
                System.out.println(ImagePiiEval.table(new ImagePiiEval(engines.scanner).run(data.resolve("presidio_image_tests"))));
            }
        }
        if (chosen.contains("documents")) {
            System.out.println("## Documents: pdf_invoices_known_fields\n");
            Path work = Files.createTempDirectory("veil-eval-pdf-");
            try (Engines engines = Engines.load(engine)) {
                Anonymizer anonymizer = new Anonymizer(engines.scanner, new RedactionPlanner(0.3), engines.redactors(), FaceStyle.BLUR);
                System.out.println(PdfInvoiceEval.table(new PdfInvoiceEval(anonymizer).run(data.resolve("pdf_invoices_known_fields"), work)));
            } finally {
                deleteTree(work);
            }
        }
        if (chosen.contains("faces")) {
            System.out.println("## Faces\n");
            try (var detector = Engines.faceDetector(engine.modelsDir());
                 var proof = FaceAnonymityCheck.load(engine.modelsDir(), detector)) {
                List<FaceEval.SetResult> results = new ArrayList<>();
                for (String set : List.of(FaceEval.KAGGLE, FaceEval.PASCAL)) {
                    results.add(FaceEval.evaluate(detector, data.resolve(set), faceLimit));
                }
                System.out.println(FaceEval.table(detector.version(), results));
                if (!noFaceProof) {
                    FaceAnonymityEval anonymity = new FaceAnonymityEval(detector, proof, new DefaultPageRedactor(), RedactCommand.DEFAULT_FACE_PADDING);
                    List<FaceAnonymityEval.Row> rows = new ArrayList<>();
                    for (String set : List.of(FaceEval.KAGGLE, FaceEval.PASCAL)) {
                        rows.addAll(anonymity.run(data.resolve(set), faceLimit, List.of(FaceStyle.values())));
                    }
                    System.out.println(FaceAnonymityEval.table(proof.version(), rows));
                }
            }
        }
        return 0;
    }

    /** Redacted copies are scratch output of the measurement; they are not kept. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
