package io.veil.audit;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.PageInfo;
import io.veil.model.RedactionKind;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.TextSpan;
import io.veil.model.Verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Synthetic scan results for audit tests: example.com, a published test card, a reserved-range phone. */
final class AuditFixtures {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String FILE_NAME = "jane_doe_passport_scan.png";
    static final List<String> VALUES = List.of("Jane.Doe@Example.com", "4111 1111 1111 1111", "+44 20 7946 0958",
            "Jane Doe");
    static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
    }

    private AuditFixtures() {
    }

    static Finding text(Category c, String value, int x) {
        return Finding.inText(c, value, 1, new TextSpan(0, value.length()), c.id(), Explanation.of(c.id(), 0.91),
                Map.of()).withOrigin(Origin.OCR).withBoxes(List.of(new Box(x, 20, 100, 18)));
    }

    static ScanResult result() {
        List<Finding> findings = List.of(
                text(Category.EMAIL_ADDRESS, VALUES.get(0), 10),
                text(Category.CREDIT_CARD, VALUES.get(1), 200),
                text(Category.PHONE_NUMBER, VALUES.get(2), 400),
                text(Category.FULL_NAME, VALUES.get(3), 600),
                new Finding(Category.FACE_BIOMETRIC, "", 1, null, List.of(new Box(650, 180, 120, 140)), Origin.IMAGE,
                        "blazeface-full", Explanation.of("blazeface-full", 0.96), Map.of(), RedactionKind.BLUR_FACE));
        return new ScanResult(new SourceInfo(FILE_NAME, SHA, 4096, "image/png", List.of(new PageInfo(1, 800, 600, "px"))),
                List.of(), findings, List.of(), null, List.of("exif"), Instant.parse("2025-01-22T14:30:45Z"));
    }

    static ScanResult failed() {
        return result().withError(new FileError("ocr", "engine failed on page 1", 1));
    }

    static ScanResult residual() {
        return result().withVerification(new Verification(false, List.of(result().findings().get(0))));
    }
}
