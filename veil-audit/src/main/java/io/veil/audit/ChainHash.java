package io.veil.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The canonical serialisation and hash of an audit row (docs/audit.md, "Tamper evidence"), shared by the writer
 * ({@link SqliteAuditSink}) and the checker ({@link AuditVerifier}) so the two can never disagree.
 *
 * <p>Message = table name, byte 0x00, then each field in the table's column order (ids and {@code redaction_id}
 * excluded: the chain position protects them), then {@code prev_hash} as a text field. Field encodings:
 * null {@code N}; integer {@code I<decimal>;}; real {@code R<16 lower-case hex digits of the IEEE-754 bits>};
 * text {@code T<UTF-8 byte length>:<bytes>}. Stateless and thread-safe.
 */
final class ChainHash {

    /** The prev_hash of the first chained row of a database. */
    static final String GENESIS = "0".repeat(64);
    static final String FILES = "gdpr_pii_redactions";
    static final String FINDINGS = "pii_instances_log";
    static final List<String> FILE_COLUMNS = List.of("document_id", "processed_at", "action", "status",
            "input_sha256", "output_sha256", "media_type", "page_count", "risk_level", "veil_version",
            "detector_versions", "duration_ms", "error_stages", "finding_count");
    static final List<String> FINDING_COLUMNS = List.of("instance_id", "category", "page", "box_x", "box_y",
            "box_width", "box_height", "confidence", "detector", "redaction", "decision", "value_hmac");

    private ChainHash() {
    }

    /** Hex SHA-256 of the canonical form of {@code fields} (values as JDBC returns them) chained to {@code prev}. */
    static String rowHash(String table, List<?> fields, String prevHash) {
        MessageDigest sha = sha256();
        sha.update(table.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        for (Object f : fields) {
            sha.update(encode(f));
        }
        sha.update(encode(prevHash));
        return HexFormat.of().formatHex(sha.digest());
    }

    static byte[] encode(Object v) {
        if (v == null) {
            return new byte[] {'N'};
        }
        if (v instanceof Integer || v instanceof Long) {
            return ("I" + ((Number) v).longValue() + ";").getBytes(StandardCharsets.US_ASCII);
        }
        if (v instanceof Double || v instanceof Float) {
            long bits = Double.doubleToLongBits(((Number) v).doubleValue());
            return ("R" + String.format(Locale.ROOT, "%016x", bits)).getBytes(StandardCharsets.US_ASCII);
        }
        if (v instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("T" + utf8.length + ":").getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[head.length + utf8.length];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(utf8, 0, out, head.length, utf8.length);
            return out;
        }
        // A column holding a blob or another type was not written by Veil; hash its text so it still mismatches.
        return encode(v.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
