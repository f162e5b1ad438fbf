package io.veil.pipeline;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.DecodedDocument;
import io.veil.model.Explanation;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.Page;
import io.veil.model.PageText;
import io.veil.model.RedactionKind;
import io.veil.model.ScanResult;
import io.veil.model.TextLayout;
import io.veil.model.Verdict;
import io.veil.model.Word;
import io.veil.spi.BarcodeReader;
import io.veil.spi.DocumentDecoder;
import io.veil.spi.EngineException;
import io.veil.spi.FaceDetector;
import io.veil.spi.InputRejectedException;
import io.veil.spi.OcrEngine;
import io.veil.spi.Recognizer;
import io.veil.spi.Resolver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Detection, in one visible place: ingest → extract (OCR words, faces, barcodes) → recognize → resolve.
 * Immutable and thread-safe when its stages are; build once, share across threads.
 *
 * <pre>{@code
 * Scanner scanner = Scanner.builder().decoder(decoder).ocr(ocr).faces(faces).barcodes(codes)
 *         .recognizers(recognizers).resolver(resolver).build();
 * ScanResult result = scanner.scan(Path.of("scan.png"));
 * }</pre>
 */
public final class Scanner {
    private final DocumentDecoder decoder;
    private final OcrEngine ocr;
    private final FaceDetector faces;
    private final BarcodeReader barcodes;
    private final List<Recognizer> recognizers;
    private final Resolver resolver;
    private final double minFaceScore;

    private Scanner(Builder b) {
        this.decoder = Objects.requireNonNull(b.decoder, "decoder");
        this.ocr = b.ocr;
        this.faces = b.faces;
        this.barcodes = b.barcodes;
        this.recognizers = List.copyOf(b.recognizers);
        this.resolver = Objects.requireNonNull(b.resolver, "resolver");
        this.minFaceScore = b.minFaceScore;
    }

    /** Ingests and scans one file. A file that cannot be read gives a result with an {@code ingest} error. */
    public ScanResult scan(Path file) {
        DecodedDocument doc;
        try {
            doc = decode(file);
        } catch (InputRejectedException e) {
            return ScanResult.failed(FileFacts.describe(file), new FileError("ingest", e.getMessage(), 0));
        }
        return scan(doc);
    }

    public DecodedDocument decode(Path file) throws InputRejectedException {
        if (!decoder.supports(file)) {
            throw new InputRejectedException("unsupported file type: " + file.getFileName());
        }
        return decoder.decode(file);
    }

    /** Scans decoded pages: extract, recognize and resolve each page. */
    public ScanResult scan(DecodedDocument doc) {
        List<PageText> texts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        for (Page page : doc.pages()) {
            TextLayout layout = TextLayout.EMPTY;
            Origin origin = page.textLayer() != null ? Origin.TEXT : Origin.OCR;
            try {
                layout = extractText(page);
            } catch (EngineException e) {
                errors.add(new FileError("ocr", e.getMessage(), page.number()));
            }
            texts.add(new PageText(page.number(), layout));
            findings.addAll(recognizeText(layout, page.number(), origin));
            findings.addAll(recognizeBarcodes(page));
            findings.addAll(detectFaces(page, errors));
        }
        return new ScanResult(doc.source(), texts, findings, errors, null, doc.metadataFound(), Instant.now());
    }

    /** Recognize + resolve over one page of text; boxes come from the layout by offset lookup. */
    public List<Finding> recognizeText(TextLayout layout, int page, Origin origin) {
        if (layout.text().isBlank()) {
            return List.of();
        }
        List<Finding> raw = new ArrayList<>();
        for (Recognizer r : recognizers) {
            r.find(layout.text(), page).forEach(f -> raw.add(weighByOcrConfidence(f, layout)));
        }
        return resolver.resolve(raw).stream()
                .map(f -> f.withOrigin(origin).withBoxes(layout.boxesFor(f.span())))
                .toList();
    }

    /**
     * OCR reads noise in photos as short words with low confidence; a finding made only of such words and not
     * confirmed by a checksum loses score in proportion (a valid IBAN read at low confidence stays).
     */
    static Finding weighByOcrConfidence(Finding f, TextLayout layout) {
        if (f.span() == null || f.explanation().validation() == Verdict.VALID) {
            return f;
        }
        double conf = layout.wordsIn(f.span()).stream().mapToDouble(Word::confidence).min().orElse(1);
        if (conf >= OCR_TRUSTED) {
            return f;
        }
        String why = String.format(Locale.ROOT, "OCR confidence %.2f below %.2f", conf, OCR_TRUSTED);
        return f.withExplanation(f.explanation().adjusted(why, f.confidence() * conf / OCR_TRUSTED));
    }

    /** Word confidence from which OCR text is taken at face value. */
    static final double OCR_TRUSTED = 0.5;

    /** The page's own text layer when it has one; otherwise OCR of its pixels, in page units. */
    private TextLayout extractText(Page page) {
        if (page.textLayer() != null) {
            return page.textLayer();
        }
        return ocr == null || page.image() == null ? TextLayout.EMPTY : ocr.read(page.image()).scaled(1 / page.pixelsPerUnit());
    }

    private List<Finding> recognizeBarcodes(Page page) {
        if (barcodes == null || page.image() == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (BarcodeReader.Barcode code : barcodes.read(page.image())) {
            // The payload is not page text: its findings keep no span and cover the whole code.
            for (Finding f : recognizeText(TextLayout.ofText(code.payload()), page.number(), Origin.BARCODE)) {
                out.add(new Finding(f.category(), f.value(), f.page(), null, List.of(page.toUnits(code.box())), Origin.BARCODE,
                        f.detector(), f.explanation().adjusted("in " + code.format() + " payload", f.confidence()),
                        withFormat(f.attributes(), code.format()), RedactionKind.FULL));
            }
        }
        return out;
    }

    private static Map<String, String> withFormat(Map<String, String> attributes, String format) {
        var m = new TreeMap<>(attributes);
        m.put("barcode_format", format);
        return m;
    }

    private List<Finding> detectFaces(Page page, List<FileError> errors) {
        if (faces == null || page.image() == null) {
            return List.of();
        }
        List<FaceDetector.Face> found;
        try {
            found = faces.detect(page.image());
        } catch (EngineException e) {
            errors.add(new FileError("faces", e.getMessage(), page.number()));
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (FaceDetector.Face face : found) {
            if (face.score() < minFaceScore) {
                continue;
            }
            Box b = page.toUnits(face.box()).clip(page.info().width(), page.info().height());
            if (b.isEmpty()) {
                continue;
            }
            out.add(new Finding(Category.FACE_BIOMETRIC, "face " + b.width() + "x" + b.height() + " " + page.info().units(), page.number(),
                    null, List.of(b), Origin.IMAGE, face.detector(), Explanation.of(face.detector(), face.score()),
                    Map.of(), Category.FACE_BIOMETRIC.defaultRedaction()));
        }
        return out;
    }

    /** The versions of the engines in use, for reports and the audit trail. */
    public String versions() {
        List<String> v = new ArrayList<>();
        Optional.ofNullable(ocr).ifPresent(o -> v.add(o.version()));
        Optional.ofNullable(faces).ifPresent(f -> v.add(f.version()));
        v.add("recognizers:" + String.join(",", recognizers.stream().map(Recognizer::id).toList()));
        return String.join("; ", v);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the stages; OCR, faces and barcodes are optional (absent means that extractor is off). */
    public static final class Builder {
        private DocumentDecoder decoder;
        private OcrEngine ocr;
        private FaceDetector faces;
        private BarcodeReader barcodes;
        private List<Recognizer> recognizers = List.of();
        private Resolver resolver;
        private double minFaceScore = 0;

        public Builder decoder(DocumentDecoder d) { this.decoder = d; return this; }
        public Builder ocr(OcrEngine o) { this.ocr = o; return this; }
        public Builder faces(FaceDetector f) { this.faces = f; return this; }
        public Builder barcodes(BarcodeReader b) { this.barcodes = b; return this; }
        public Builder recognizers(List<Recognizer> r) { this.recognizers = List.copyOf(r); return this; }
        public Builder resolver(Resolver r) { this.resolver = r; return this; }
        public Builder minFaceScore(double s) { this.minFaceScore = s; return this; }

        public Scanner build() {
            return new Scanner(this);
        }
    }
}
