package io.veil.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable ids of reports and their instances. {@code document_id} is {@code "doc_"} plus the first 16 hex digits
 * of the input's sha256, so the same bytes always get the same id and the id says nothing about the file name.
 * Instance ids number findings in {@code ScanResult.findings()} order: {@code pii_001}, {@code pii_002}, ...
 * The audit trail uses the same two rules so that report and audit rows join. Stateless and thread-safe.
 *
 * <pre>{@code
 * String doc = DocumentIds.documentId(source.sha256());   // "doc_9f86d081884c7d65"
 * String first = DocumentIds.instanceId(0);                // "pii_001"
 * }</pre>
 */
public final class DocumentIds {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");

    private DocumentIds() {
    }

    /** The document id of an input with this sha256 (hex); {@code "doc_unhashed"} when none is known. */
    public static String documentId(String sha256) {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            return "doc_unhashed";
        }
        return "doc_" + sha256.substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** The instance id of the finding at {@code index} (0-based) of a result's findings. */
    public static String instanceId(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index");
        }
        return String.format(Locale.ROOT, "pii_%03d", index + 1);
    }
}
