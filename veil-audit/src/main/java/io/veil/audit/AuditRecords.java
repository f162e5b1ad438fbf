package io.veil.audit;

import io.veil.model.AuditRecord;
import io.veil.model.Box;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.RiskLevel;
import io.veil.model.ScanResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a scan result into the {@link AuditRecord} the trail keeps: ids, hashes, counts, categories, boxes,
 * detectors and versions; each value replaced by its keyed HMAC ({@link ValueHasher}). Ids follow the report's
 * rules so that report and audit rows join: {@code document_id} is {@code "doc_"} plus the first 16 hex digits
 * of the input sha256, instance ids number findings in order ({@code pii_001}, ...).
 *
 * <p>Rules: status is {@code verification_failed} when a verification did not pass, else {@code failed} when
 * the result has errors, else {@code ok}; each finding's decision is {@code redacted} for the {@code redact}
 * action and {@code reported} for {@code scan}. Stateless and thread-safe.
 *
 * <pre>{@code
 * AuditRecord rec = AuditRecords.from(result, "redact", outSha, "0.1.0", "tesseract-5.5.2; blazeface-full",
 *         elapsedMillis, key);
 * sink.record(rec);
 * }</pre>
 */
public final class AuditRecords {

    public static final String SCAN = "scan";
    public static final String REDACT = "redact";
    private static final Pattern HEX16 = Pattern.compile("[0-9a-fA-F]{16,}");

    private AuditRecords() {
    }

    public static AuditRecord from(ScanResult result, String action, String outputSha256, String veilVersion,
                                   String detectorVersions, long durationMillis, byte[] hmacKey) {
        Objects.requireNonNull(result, "result");
        if (!SCAN.equals(action) && !REDACT.equals(action)) {
            throw new IllegalArgumentException("action must be 'scan' or 'redact', not '" + action + "'");
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        ValueHasher hasher = new ValueHasher(hmacKey);
        String decision = REDACT.equals(action) ? "redacted" : "reported";
        List<AuditRecord.FindingRecord> findings = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            Box box = f.boundingBox().orElse(null);
            String hmac = f.value() == null || f.value().isBlank() ? null : hasher.hmacHex(f.category(), f.value());
            findings.add(new AuditRecord.FindingRecord(instanceId(i), f.category().id(), f.page(), box,
                    f.confidence(), f.detector(), f.redaction().id(), decision, hmac));
        }
        Set<String> stages = new LinkedHashSet<>();
        result.errors().stream().map(FileError::stage).forEach(stages::add);
        Instant at = result.analyzedAt() != null ? result.analyzedAt() : Instant.now();
        return new AuditRecord(documentId(result.source().sha256()), at, action, status(result),
                result.source().sha256(), outputSha256, result.source().mediaType(), result.source().pages().size(),
                RiskLevel.of(result.findings()).id(), veilVersion, detectorVersions, durationMillis,
                List.copyOf(stages), findings);
    }

    static String status(ScanResult result) {
        if (result.verification() != null && !result.verification().passed()) {
            return "verification_failed";
        }
        return result.errors().isEmpty() ? "ok" : "failed";
    }

    /** Same rule as {@code io.veil.report.DocumentIds.documentId}. */
    static String documentId(String sha256) {
        return sha256 == null || !HEX16.matcher(sha256).matches()
                ? "doc_unhashed" : "doc_" + sha256.substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Same rule as {@code io.veil.report.DocumentIds.instanceId}. */
    static String instanceId(int index) {
        return String.format(Locale.ROOT, "pii_%03d", index + 1);
    }
}
