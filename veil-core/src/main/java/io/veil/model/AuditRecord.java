package io.veil.model;

import java.time.Instant;
import java.util.List;

/**
 * What the audit trail keeps of one processed file: hashes, counts, categories, boxes, detector ids and
 * versions, never a detected value nor the file name (names of files are often personal data themselves).
 *
 * @param action      {@code "scan"} or {@code "redact"}
 * @param status      {@code "ok"}, {@code "failed"} or {@code "verification_failed"}
 * @param inputSha256 sha256 of the input bytes
 * @param outputSha256 sha256 of the redacted output, or null for scans and failures
 * @param errorStages the stages that failed ({@code "ingest"}, {@code "verify"}), no messages
 */
public record AuditRecord(String documentId, Instant processedAt, String action, String status, String inputSha256,
                          String outputSha256, String mediaType, int pageCount, String riskLevel,
                          String veilVersion, String detectorVersions, long durationMillis,
                          List<String> errorStages, List<FindingRecord> findings) {

    /**
     * One finding as the audit trail keeps it: a keyed hash (HMAC-SHA256) of the normalised value, never the
     * value; the union box; the decision taken ({@code "redacted"}, {@code "reported"}).
     */
    public record FindingRecord(String instanceId, String category, int page, Box box, double confidence,
                                String detector, String redaction, String decision, String valueHmac) {
    }

    public AuditRecord {
        errorStages = List.copyOf(errorStages);
        findings = List.copyOf(findings);
    }
}
