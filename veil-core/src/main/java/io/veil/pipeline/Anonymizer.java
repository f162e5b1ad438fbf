package io.veil.pipeline;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.DecodedDocument;
import io.veil.model.FaceStyle;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.PageImage;
import io.veil.model.RedactionKind;
import io.veil.model.ScanResult;
import io.veil.model.Verification;
import io.veil.spi.ImageEncoder;
import io.veil.spi.InputRejectedException;
import io.veil.spi.PageRedactor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Redaction, in one visible place: scan → plan → redact pixels → verify (scan the output again) → encode.
 * The output is written only when verification passes; with {@code inPlace} the input is replaced by an atomic
 * move after that. Immutable and thread-safe when its stages are.
 *
 * <pre>{@code
 * Anonymizer a = new Anonymizer(scanner, new RedactionPlanner(0.3), redactor, encoder, FaceStyle.BLUR);
 * Anonymizer.Outcome out = a.redact(Path.of("in/scan.png"), Path.of("out/scan.png"));
 * }</pre>
 */
public final class Anonymizer {

    /** The scan result (with verification) and the file written, if any. */
    public record Outcome(ScanResult result, Path output, String outputMediaType) {
    }

    private final Scanner scanner;
    private final RedactionPlanner planner;
    private final PageRedactor redactor;
    private final ImageEncoder encoder;
    private final FaceStyle faceStyle;

    public Anonymizer(Scanner scanner, RedactionPlanner planner, PageRedactor redactor, ImageEncoder encoder, FaceStyle faceStyle) {
        this.scanner = scanner;
        this.planner = planner;
        this.redactor = redactor;
        this.encoder = encoder;
        this.faceStyle = faceStyle;
    }

    /**
     * Redacts {@code input} into {@code output} (which may equal {@code input} for in-place mode). The output's
     * extension is adjusted to the format written. Returns the outcome; failures are in its result's errors.
     */
    public Outcome redact(Path input, Path output) {
        DecodedDocument doc;
        try {
            doc = scanner.decode(input);
        } catch (InputRejectedException e) {
            return new Outcome(ScanResult.failed(FileFacts.describe(input), new FileError("ingest", e.getMessage(), 0)), null, null);
        }
        ScanResult result = scanner.scan(doc);
        if (!result.errors().isEmpty()) {
            return new Outcome(result, null, null);
        }
        List<PageRedaction> plan = planner.plan(result);
        List<BufferedImage> redacted = apply(doc, plan);
        Verification verification = verify(doc, redacted, plan, result);
        result = result.withVerification(verification);
        if (!verification.passed()) {
            return new Outcome(result.withError(new FileError("verify",
                    verification.residualFindings().size() + " finding(s) still detected in the redacted output; nothing was written", 0)), null, null);
        }
        try {
            return write(result, redacted, input, output);
        } catch (IOException e) {
            return new Outcome(result.withError(new FileError("write", "cannot write output: " + e.getMessage(), 0)), null, null);
        }
    }

    private List<BufferedImage> apply(DecodedDocument doc, List<PageRedaction> plan) {
        Map<Integer, PageRedaction> byPage = plan.stream().collect(Collectors.toMap(PageRedaction::page, p -> p));
        List<BufferedImage> out = new ArrayList<>();
        for (PageImage page : doc.pages()) {
            PageRedaction r = byPage.getOrDefault(page.number(), new PageRedaction(page.number(), List.of(), List.of()));
            out.add(redactor.redact(page.image(), r.fills(), r.faces(), faceStyle));
        }
        return out;
    }

    /**
     * Scans the redacted pages again. A finding survives when it is a face over a blurred region, or a text
     * finding over a filled region whose value resembles what was redacted there (a black box that OCR reads
     * as "IEEE" is not a leak; "Jane Doe" read again is). Independently, the hidden part of every redacted
     * value must no longer appear anywhere in the page's text.
     */
    Verification verify(DecodedDocument doc, List<BufferedImage> redacted, List<PageRedaction> plan, ScanResult original) {
        List<PageImage> pages = new ArrayList<>();
        for (int i = 0; i < redacted.size(); i++) {
            pages.add(new PageImage(doc.pages().get(i).number(), redacted.get(i)));
        }
        ScanResult again = scanner.scan(new DecodedDocument(doc.source(), pages, List.of()));
        Map<Integer, PageRedaction> byPage = new HashMap<>();
        plan.forEach(p -> byPage.put(p.page(), p));
        List<Finding> residual = new ArrayList<>();
        for (Finding f : again.findings()) {
            PageRedaction r = byPage.get(f.page());
            if (r == null) {
                continue;
            }
            if (f.category() == Category.FACE_BIOMETRIC) {
                if (mostlyInside(f.boxes(), r.faces())) {
                    residual.add(f);
                }
            } else if (mostlyInside(f.boxes(), r.fills()) && resemblesRedacted(f, original.findings())) {
                residual.add(f);
            }
        }
        Map<Integer, String> textAgain = again.pages().stream()
                .collect(Collectors.toMap(io.veil.model.PageText::page, p -> normalise(p.layout().text()), (a, b) -> a));
        Map<Integer, String> textBefore = original.pages().stream()
                .collect(Collectors.toMap(io.veil.model.PageText::page, p -> p.layout().text(), (a, b) -> a));
        for (Finding o : original.findings()) {
            if (o.span() == null || o.origin() != io.veil.model.Origin.OCR) {
                continue;
            }
            String before = textBefore.getOrDefault(o.page(), "");
            for (io.veil.model.TextSpan hidden : RedactionPlanner.hiddenParts(o.redaction(), o.span(), before)) {
                String h = normalise(hidden.of(before));
                if (h.length() >= MIN_LEAK_CHARS && textAgain.getOrDefault(o.page(), "").contains(h)) {
                    residual.add(o);
                    break;
                }
            }
        }
        return new Verification(residual.isEmpty(), residual);
    }

    /** A hidden value shorter than this is not searched for in the output text (too many chance matches). */
    private static final int MIN_LEAK_CHARS = 4;

    private static boolean mostlyInside(List<Box> boxes, List<Box> regions) {
        return boxes.stream().anyMatch(b -> regions.stream().anyMatch(g -> b.intersection(g).area() > 0.5 * b.area()));
    }

    private static boolean resemblesRedacted(Finding again, List<Finding> original) {
        String v = normalise(again.value());
        return original.stream().filter(o -> o.page() == again.page() && o.boxes().stream().anyMatch(b -> again.boxes().stream().anyMatch(b::intersects)))
                .map(o -> normalise(o.value()))
                .anyMatch(o -> o.equals(v) || (v.length() >= 3 && o.contains(v)) || (o.length() >= 3 && v.contains(o)));
    }

    private static String normalise(String v) {
        return v.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.()/]", "");
    }

    private Outcome write(ScanResult result, List<BufferedImage> pages, Path input, Path output) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".veil-", ".part");
        try {
            String mediaType = encoder.write(pages, result.source().mediaType(), tmp);
            // A GIF or WebP comes out as PNG, several pages as TIFF: the name follows what was written.
            Path target = withExtension(output, mediaType);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!target.equals(output) && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
                Files.delete(input); // in-place with a new format: the redacted file replaces the original
            }
            return new Outcome(result, target, mediaType);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "image/png", List.of("png"), "image/jpeg", List.of("jpg", "jpeg", "jpe"), "image/tiff", List.of("tif", "tiff"),
            "image/bmp", List.of("bmp"), "image/gif", List.of("gif"), "image/webp", List.of("webp"));

    /** {@code output} with an extension that fits {@code mediaType} (kept when it already fits). */
    static Path withExtension(Path output, String mediaType) {
        List<String> fits = EXTENSIONS.get(mediaType);
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (fits == null || fits.contains(ext)) {
            return output;
        }
        return output.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + fits.get(0));
    }

    public Scanner scanner() {
        return scanner;
    }
}
