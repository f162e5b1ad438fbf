package io.veil.report;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.PageInfo;
import io.veil.model.PageText;
import io.veil.model.RedactionKind;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.TextLayout;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.model.Verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic scan results (test card numbers, example.com, reserved ranges) for report tests. */
final class Fixtures {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant AT = Instant.parse("2025-01-22T14:30:45.123Z");

    /** One synthetic value per text category, with the value as it appears in the page text. */
    static final Map<Category, String> VALUES = Map.ofEntries(
            Map.entry(Category.FULL_NAME, "Jane Doe"),
            Map.entry(Category.EMAIL_ADDRESS, "jane.doe@example.com"),
            Map.entry(Category.PHONE_NUMBER, "+44 20 7946 0958"),
            Map.entry(Category.PHYSICAL_ADDRESS, "12 Example Street, 10115 Berlin"),
            Map.entry(Category.DATE_OF_BIRTH, "15/03/1982"),
            Map.entry(Category.NATIONAL_ID, "078-05-1120"),
            Map.entry(Category.CREDIT_CARD, "4111 1111 1111 1111"),
            Map.entry(Category.BANK_ACCOUNT, "GB82 WEST 1234 5698 7654 32"),
            Map.entry(Category.IP_ADDRESS, "192.0.2.44"),
            Map.entry(Category.DEVICE_ID, "00:00:5E:00:53:01"),
            Map.entry(Category.HEALTH_INFORMATION, "ICD-10 E11.9"));

    private Fixtures() {
    }

    static SourceInfo source(int pages) {
        List<PageInfo> infos = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            infos.add(new PageInfo(p, 1240, 1754, "px"));
        }
        return new SourceInfo("form.png", SHA, 123_456, "image/png", infos);
    }

    /** A page whose text is {@code prefix + value} laid out as one OCR word per token, 20 px per char. */
    static PageText page(int number, String text) {
        TextLayout.Builder b = TextLayout.builder();
        int x = 10;
        String[] tokens = text.split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                b.space();
                x += 20;
            }
            if (!tokens[i].isEmpty()) {
                b.word(tokens[i], new Box(x, 100, 20 * tokens[i].length(), 24), 0.9);
                x += 20 * tokens[i].length();
            }
        }
        return new PageText(number, b.build());
    }

    /** A text finding of {@code value} found inside {@code page}'s text, with its boxes looked up by offset. */
    static Finding textFinding(Category c, String value, PageText page, Map<String, String> attributes) {
        int start = page.layout().text().indexOf(value);
        if (start < 0) {
            throw new IllegalArgumentException("value not on page");
        }
        TextSpan span = new TextSpan(start, start + value.length());
        Explanation e = Explanation.of(c.id() + "_pattern", 0.6).validated(Verdict.VALID, "checksum", 0.85)
                .context("born", 0.05);
        return Finding.inText(c, value, page.page(), span, c.id(), e, attributes)
                .withOrigin(Origin.OCR).withBoxes(page.layout().boxesFor(span));
    }

    static Finding face(int page, Box box) {
        return new Finding(Category.FACE_BIOMETRIC, "", page, null, List.of(box), Origin.IMAGE, "blazeface-full",
                Explanation.of("blazeface-full", 0.963), Map.of(), RedactionKind.BLUR_FACE);
    }

    /** A result with one finding of every text category on page 1 and a face on page 2. */
    static ScanResult everyCategory() {
        StringBuilder text = new StringBuilder("Name: ");
        List<Category> order = new ArrayList<>();
        for (Category c : Category.values()) {
            if (c != Category.FACE_BIOMETRIC) {
                text.append(VALUES.get(c)).append(" | ");
                order.add(c);
            }
        }
        PageText page = page(1, text.toString());
        List<Finding> findings = new ArrayList<>();
        for (Category c : order) {
            Map<String, String> attrs = switch (c) {
                case CREDIT_CARD -> Map.of("card_type", "Visa");
                case NATIONAL_ID -> Map.of("national_id_type", "US_SSN");
                default -> Map.of();
            };
            findings.add(textFinding(c, VALUES.get(c), page, attrs));
        }
        findings.add(face(2, new Box(650, 180, 120, 140)));
        return new ScanResult(source(2), List.of(page, new PageText(2, TextLayout.EMPTY)), findings, List.of(), null,
                List.of("exif", "gps"), AT);
    }

    static ScanResult withFindings(List<Finding> findings, List<PageText> pages) {
        return new ScanResult(source(1), pages, findings, List.of(), null, List.of(), AT);
    }

    static ScanResult faceOnly() {
        return withFindings(List.of(face(1, new Box(650, 180, 120, 140))), List.of());
    }

    static ScanResult errorsNoFindings() {
        return new ScanResult(source(1), List.of(), List.of(),
                List.of(new FileError("ocr", "tesseract failed on page 1", 1), new FileError("faces", "model missing", 0)),
                null, List.of(), AT);
    }

    static ScanResult redactedButResidual() {
        ScanResult r = everyCategory();
        Finding residual = r.findings().get(1);
        return r.withVerification(new Verification(false, List.of(residual)));
    }

    /** A face redacted and proven: one proof anonymous, one still matching (so verification failed). */
    static ScanResult faceProven() {
        ScanResult r = faceOnly();
        Box b = new Box(650, 180, 120, 140);
        return r.withVerification(new Verification(false, List.of(), List.of(
                new Verification.FaceProofOnPage(1, new io.veil.model.FaceCheck(b, 0.12, 0.45, false)),
                new Verification.FaceProofOnPage(1, new io.veil.model.FaceCheck(b, 0.61, 0.45, false), true))));
    }
}
