package io.veil.pipeline;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.DecodedDocument;
import io.veil.model.FaceCheck;
import io.veil.model.FaceStyle;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Page;
import io.veil.model.PageRedaction;
import io.veil.model.ScanResult;
import io.veil.model.Verification;
import io.veil.spi.DocumentRedactor;
import io.veil.spi.FaceProof;
import io.veil.spi.InputRejectedException;
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
 * Redaction, in one visible place: scan → plan → redact and write (to a temporary file) → verify (decode and
 * scan what was written) → move into place. The output appears only when verification passes; with in-place
 * mode the input is replaced by an atomic move after that. Immutable and thread-safe when its stages are.
 *
 * <pre>{@code
 * Anonymizer a = new Anonymizer(scanner, new RedactionPlanner(0.3), List.of(imageRedactor), FaceStyle.BLUR);
 * Anonymizer.Outcome out = a.redact(Path.of("in/scan.png"), Path.of("out/scan.png"));
 * }</pre>
 */
public final class Anonymizer {

    /** The scan result (with verification) and the file written, if any. */
    public record Outcome(ScanResult result, Path output, String outputMediaType) {
    }

    private final Scanner scanner;
    private final RedactionPlanner planner;
    private final List<DocumentRedactor> redactors;
    private final FaceStyle faceStyle;
    private final FaceProof faceProof;

    public Anonymizer(Scanner scanner, RedactionPlanner planner, List<DocumentRedactor> redactors, FaceStyle faceStyle) {
        this(scanner, planner, redactors, faceStyle, null);
    }

    private Anonymizer(Scanner scanner, RedactionPlanner planner, List<DocumentRedactor> redactors, FaceStyle faceStyle,
                       FaceProof faceProof) {
        this.scanner = scanner;
        this.planner = planner;
        this.redactors = List.copyOf(redactors);
        this.faceStyle = faceStyle;
        this.faceProof = faceProof;
    }

    /**
     * The same anonymizer whose verification also proves every redacted face anonymous ({@code --prove-faces}):
     * a face a recognition system still matches with its original, or a detector still finds, is filled solid and
     * the whole output is written and verified again; a face that fails even then (or fails in the solid style)
     * fails the file, and nothing is written.
     */
    public Anonymizer withFaceProof(FaceProof proof) {
        if (proof == null) {
            throw new IllegalArgumentException("a face proof is required");
        }
        return new Anonymizer(scanner, planner, redactors, faceStyle, proof);
    }

    /**
     * Redacts {@code input} into {@code output} (which may equal {@code input} for in-place mode). The output's
     * extension follows the format written. Returns the outcome; failures are in its result's errors.
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
        Path tmp = null;
        try {
            DocumentRedactor redactor = redactors.stream().filter(r -> r.supports(doc.source().mediaType())).findFirst()
                    .orElseThrow(() -> new IOException("no redactor writes " + doc.source().mediaType()));
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // The temporary file keeps the output's name at its end, so decoders that go by extension read it back.
            tmp = Files.createTempFile(dir, ".veil-", "-" + output.getFileName());
            String mediaType = redactor.redact(input, doc, result.findings(), plan, faceStyle, tmp);
            Verification verification = verify(tmp, doc, plan, result);
            // A face the proof still matches (or detects) after blurring is filled solid, and everything is proven again.
            // Filling one face changes the page the detector sees, so another face may fail next: a few rounds.
            Map<Integer, List<Box>> filledSoFar = new HashMap<>();
            List<PageRedaction> current = plan;
            for (int round = 0; round < FaceProof.FILL_ROUNDS && faceStyle != FaceStyle.SOLID && verification.residualFindings().isEmpty(); round++) {
                Map<Integer, List<Box>> recognisable = recognisableFaces(verification);
                recognisable.forEach((page, boxes) -> boxes.removeAll(filledSoFar.getOrDefault(page, List.of())));
                recognisable.values().removeIf(List::isEmpty);
                if (recognisable.isEmpty()) {
                    break; // nothing left to fill: the faces that fail are solid already
                }
                recognisable.forEach((page, boxes) -> filledSoFar.computeIfAbsent(page, k -> new ArrayList<>()).addAll(boxes));
                current = RedactionPlanner.fillFaces(current, recognisable);
                mediaType = redactor.redact(input, doc, result.findings(), current, faceStyle, tmp);
                verification = markFilled(verify(tmp, doc, current, result), filledSoFar);
            }
            result = result.withVerification(verification);
            if (!verification.passed()) {
                return new Outcome(result.withError(new FileError("verify", failure(verification), 0)), null, null);
            }
            return new Outcome(result, moveIntoPlace(tmp, input, output, mediaType), mediaType);
        } catch (IOException e) {
            return new Outcome(result.withError(new FileError("write", "cannot write the redacted file: " + e.getMessage(), 0)), null, null);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static Path moveIntoPlace(Path tmp, Path input, Path output, String mediaType) throws IOException {
        // A GIF or WebP comes out as PNG, several pages as TIFF: the name tells what was written.
        Path target = withExtension(output, mediaType);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!target.equals(output) && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            Files.delete(input); // in-place with a new format: the redacted file replaces the original
        }
        return target;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover ".part" file holds redacted data only; nothing to protect, nothing to report.
        }
    }

    /**
     * Decodes and scans what was written. A finding survives when it is a face over a blurred region, or a text
     * finding over a filled region whose value resembles what was redacted there (a black box that OCR reads as
     * "IEEE" is not a leak; "Jane Doe" read again is). Independently, the hidden part of every redacted value must
     * no longer appear anywhere in the page's text. An output that cannot be decoded fails verification.
     */
    Verification verify(Path written, DecodedDocument decoded, List<PageRedaction> plan, ScanResult original) throws IOException {
        ScanResult again;
        DecodedDocument after;
        try {
            after = scanner.decode(written);
            again = scanner.scan(after);
        } catch (InputRejectedException e) {
            throw new IOException("the redacted output cannot be read back: " + e.getMessage(), e);
        }
        Map<Integer, PageRedaction> byPage = new HashMap<>();
        plan.forEach(p -> byPage.put(p.page(), p));
        List<Finding> residual = new ArrayList<>();
        for (Finding f : again.findings()) {
            PageRedaction r = byPage.get(f.page());
            if (r == null) {
                continue;
            }
            if (f.category() == Category.FACE_BIOMETRIC) {
                // A face filled solid after failing its proof is in the fills.
                if (mostlyInside(f.boxes(), r.faces()) || mostlyInside(f.boxes(), r.fills())) {
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
            if (o.span() == null) {
                continue;
            }
            String before = textBefore.getOrDefault(o.page(), "");
            for (io.veil.model.TextSpan hidden : o.redaction().hiddenParts(o.span(), before)) {
                String h = normalise(hidden.of(before));
                if (h.length() >= MIN_LEAK_CHARS && textAgain.getOrDefault(o.page(), "").contains(h)) {
                    residual.add(o);
                    break;
                }
            }
        }
        List<Verification.FaceProofOnPage> proofs = faceProof == null ? List.of() : proveFaces(decoded, after, original);
        return new Verification(residual.isEmpty() && proofs.stream().allMatch(p -> p.check().anonymous()), residual, proofs);
    }

    /** Face boxes, by page, whose proof failed. */
    private static Map<Integer, List<Box>> recognisableFaces(Verification v) {
        Map<Integer, List<Box>> out = new HashMap<>();
        v.faceProofs().stream().filter(p -> !p.check().anonymous())
                .forEach(p -> out.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p.check().box()));
        return out;
    }

    private static Verification markFilled(Verification v, Map<Integer, List<Box>> filled) {
        List<Verification.FaceProofOnPage> proofs = v.faceProofs().stream()
                .map(p -> new Verification.FaceProofOnPage(p.page(), p.check(),
                        filled.getOrDefault(p.page(), List.of()).contains(p.check().box())))
                .toList();
        return new Verification(v.passed(), v.residualFindings(), proofs);
    }

    private static String failure(Verification v) {
        long recognisable = v.faceProofs().stream().filter(p -> !p.check().anonymous()).count();
        List<String> parts = new ArrayList<>();
        if (!v.residualFindings().isEmpty()) {
            parts.add(v.residualFindings().size() + " finding(s) still detected in the redacted output");
        }
        if (recognisable > 0) {
            parts.add(recognisable + " redacted face(s) still matched or detected by the face proof");
        }
        return String.join("; ", parts) + "; nothing was written";
    }

    /** Every face finding of a page with pixels, its original against the redacted page (scaled to the original's size). */
    private List<Verification.FaceProofOnPage> proveFaces(DecodedDocument before, DecodedDocument after, ScanResult original) {
        Map<Integer, BufferedImage> redacted = new HashMap<>();
        after.pages().forEach(p -> redacted.put(p.number(), p.image()));
        List<Verification.FaceProofOnPage> out = new ArrayList<>();
        for (Page page : before.pages()) {
            List<Box> faces = original.findings().stream()
                    .filter(f -> f.page() == page.number() && f.category() == Category.FACE_BIOMETRIC)
                    .flatMap(f -> f.boxes().stream()).toList();
            BufferedImage r = redacted.get(page.number());
            if (faces.isEmpty() || page.image() == null || r == null) {
                continue;
            }
            for (FaceCheck c : faceProof.prove(page.image(), sameSize(r, page.image()), faces)) {
                out.add(new Verification.FaceProofOnPage(page.number(), c));
            }
        }
        return out;
    }

    private static BufferedImage sameSize(BufferedImage img, BufferedImage like) {
        if (img.getWidth() == like.getWidth() && img.getHeight() == like.getHeight()) {
            return img;
        }
        BufferedImage out = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, like.getWidth(), like.getHeight(), null);
        g.dispose();
        return out;
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

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "image/png", List.of("png"), "image/jpeg", List.of("jpg", "jpeg", "jpe"), "image/tiff", List.of("tif", "tiff"),
            "image/bmp", List.of("bmp"), "image/gif", List.of("gif"), "image/webp", List.of("webp"));

    /**
     * {@code output} unchanged when its extension fits {@code mediaType}; otherwise with the written format's
     * extension appended ({@code anim.gif} written as PNG becomes {@code anim.gif.png}), so that two inputs of
     * one folder never write the same output ({@code a.gif} and {@code a.png}).
     */
    static Path withExtension(Path output, String mediaType) {
        List<String> fits = EXTENSIONS.get(mediaType);
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (fits == null || fits.contains(ext)) {
            return output;
        }
        return output.resolveSibling(name + "." + fits.get(0));
    }

}
