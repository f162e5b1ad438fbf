package io.veil.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.veil.faces.CombinedFaceDetector;
import io.veil.imaging.barcode.ZxingBarcodeReader;
import io.veil.imaging.ingest.ImageDecoder;
import io.veil.ocr.TesseractOcrEngine;
import io.veil.pipeline.Scanner;
import io.veil.recognize.Recognizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The floor on presidio_image_tests: every PII box of a claimed type is covered; the photo gives nothing. */
class ImagePiiEvalTest {
    private static final Path SET = Path.of(System.getProperty("veil.evalDev", "missing"), "presidio_image_tests");
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));

    @Test
    void everyPiiBoxIsCoveredAndThePhotoWithoutTextGivesNoFinding() throws Exception {
        assumeThat(Files.isDirectory(SET)).as("eval-dev set %s is absent; skipping", SET).isTrue();
        try (var ocr = TesseractOcrEngine.open(MODELS.resolve("tessdata")); var faces = CombinedFaceDetector.load(MODELS)) {
            Scanner scanner = Scanner.builder().decoder(new ImageDecoder()).ocr(ocr).faces(faces).barcodes(new ZxingBarcodeReader())
                    .recognizers(Recognizers.defaults(MODELS)).resolver(Recognizers.defaultResolver()).build();
            List<ImagePiiEval.Row> rows = new ImagePiiEval(scanner).run(SET);
            System.out.println(ImagePiiEval.table(rows));
            for (ImagePiiEval.Row r : rows) {
                assertThat(r.covered()).as("covered gold boxes of %s", r.image()).isEqualTo(r.goldBoxes());
            }
            assertThat(rows).filteredOn(r -> r.image().equals("no_ocr.jpg")).singleElement()
                    .satisfies(r -> assertThat(r.findings()).isZero());
            assertThat(rows.stream().mapToInt(ImagePiiEval.Row::goldBoxes).sum()).isEqualTo(12);
        }
    }
}
