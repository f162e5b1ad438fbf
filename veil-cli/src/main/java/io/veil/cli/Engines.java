package io.veil.cli;

import io.veil.faces.CombinedFaceDetector;
import io.veil.faces.FaceAnonymityCheck;
import io.veil.imaging.ImageDocumentRedactor;
import io.veil.imaging.barcode.ZxingBarcodeReader;
import io.veil.imaging.encode.MetadataFreeEncoder;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.imaging.ingest.ImageDecoder;
import io.veil.ocr.TesseractOcrEngine;
import io.veil.pdf.PdfDecoder;
import io.veil.pdf.PdfDocumentRedactor;
import io.veil.pdf.PdfRedactor;
import io.veil.pipeline.Scanner;
import io.veil.recognize.Recognizers;
import io.veil.recognize.policy.Policy;
import io.veil.spi.DocumentDecoder;
import io.veil.spi.DocumentRedactor;
import io.veil.spi.FaceDetector;
import io.veil.spi.OcrEngine;
import io.veil.text.TextDecoder;
import io.veil.text.TextDocumentRedactor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Wires Veil's embedded defaults into a {@link Scanner}: image decoder, Tesseract OCR, BlazeFace + UltraFace, ZXing,
 * the default recognizers and resolver. Models load once here and are shared by every thread.
 */
final class Engines implements AutoCloseable {
    /** Text files are read whole; larger ones are refused until streaming lands (issue 5). */
    static final long TEXT_BUDGET_BYTES = 50L * 1024 * 1024;
    /** PDF pages with a text layer are rendered only for faces and codes; scanned pages for OCR. */
    static final float PDF_TEXT_PAGE_DPI = 96;
    static final float PDF_SCAN_PAGE_DPI = 200;
    /** Renderings of one PDF held at once (about 250 A4 pages with text, 130 scanned); streaming is to come. */
    static final long PDF_BUDGET_PIXELS = 500_000_000L;

    final Scanner scanner;
    private final OcrEngine ocr;
    private final FaceDetector faces;
    private final Path models;

    private Engines(Scanner scanner, OcrEngine ocr, FaceDetector faces, Path models) {
        this.scanner = scanner;
        this.ocr = ocr;
        this.faces = faces;
        this.models = models;
    }

    static Engines load(EngineOptions o) {
        return load(o, ocr -> ocr);
    }

    /** Loads the engines; {@code wrapOcr} lets the benchmark time OCR on its own. */
    static Engines load(EngineOptions o, java.util.function.UnaryOperator<OcrEngine> wrapOcr) {
        o.validate();
        Policy policy = o.policy();
        Path models = o.modelsDir();
        OcrEngine ocr = o.noOcr ? null
                : wrapOcr.apply(TesseractOcrEngine.open(models.resolve("tessdata"), Arrays.asList(o.ocrLanguages.split("\\+"))));
        FaceDetector faces = o.noFaces ? null : faceDetector(models);
        Scanner scanner = Scanner.builder()
                .decoder(DocumentDecoder.firstOf(List.of(new ImageDecoder(o.maxMegapixels * 1_000_000L),
                        new PdfDecoder(PDF_TEXT_PAGE_DPI, PDF_SCAN_PAGE_DPI, PDF_BUDGET_PIXELS), new TextDecoder(TEXT_BUDGET_BYTES))))
                .ocr(ocr)
                .faces(faces)
                .barcodes(o.noBarcodes ? null : new ZxingBarcodeReader())
                .recognizers(policy.extend(Recognizers.defaults(models)))
                .resolver(policy.wrap(Recognizers.defaultResolver()))
                .build();
        return new Engines(scanner, ocr, faces, models);
    }

    /** The default face detector over the models folder. */
    static FaceDetector faceDetector(Path models) {
        return CombinedFaceDetector.load(models);
    }

    /** The face detector, or null with --no-faces. */
    FaceDetector faces() {
        return faces;
    }

    /** The face-anonymity proof over the shared face detector ({@code --prove-faces}); the caller closes it. */
    FaceAnonymityCheck faceProof() {
        if (faces == null) {
            throw new IllegalStateException("face detection is off");
        }
        return FaceAnonymityCheck.load(models, faces);
    }

    /** The document redactors, one per format family. */
    List<DocumentRedactor> redactors() {
        return List.of(new ImageDocumentRedactor(new DefaultPageRedactor(), new MetadataFreeEncoder()), new TextDocumentRedactor(),
                new PdfDocumentRedactor(new PdfRedactor()));
    }

    @Override
    public void close() throws Exception {
        if (ocr != null) {
            ocr.close();
        }
        if (faces != null) {
            faces.close();
        }
    }
}
