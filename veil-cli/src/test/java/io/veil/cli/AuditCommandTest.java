package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.audit.SqliteAuditSink;
import io.veil.model.AuditRecord;
import io.veil.model.Box;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private Path trailOfFiveRecords() {
        Path db = dir.resolve("audit.db");
        AuditRecord.FindingRecord finding = new AuditRecord.FindingRecord("pii_001", "email_address", 1,
                new Box(10, 20, 100, 18), 0.91, "email", "full", "redacted", "cd".repeat(32));
        AuditRecord record = new AuditRecord("doc_9f86d081884c7d65", Instant.parse("2025-01-22T14:30:45Z"), "redact",
                "ok", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "ab".repeat(32),
                "image/png", 1, "medium", Main.VERSION, "tesseract-5.5.2", 120, List.of(), List.of(finding));
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            for (int i = 0; i < 5; i++) {
                sink.record(record);
            }
        }
        return db;
    }

    private static String captureOut(int[] code, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            code[0] = Main.run(args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void intactTrailVerifiesAndExitsZero() {
        Path db = trailOfFiveRecords();
        int[] code = new int[1];

        String out = captureOut(code, "audit", "verify", "--audit-db", db.toString());

        assertThat(code[0]).isZero();
        assertThat(out.strip()).isEqualTo("chain intact: 10 rows");
    }

    @Test
    void editedRowIsNamedAndExitsOne() throws Exception {
        Path db = trailOfFiveRecords();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE gdpr_pii_redactions SET status = 'failed' WHERE id = 3");
        }
        int[] code = new int[1];

        String out = captureOut(code, "audit", "verify", "--audit-db", db.toString());

        assertThat(code[0]).isEqualTo(1);
        assertThat(out.strip().lines()).containsExactly(
                "EDITED gdpr_pii_redactions row 3: row_hash does not match its content");
    }

    @Test
    void missingDatabaseIsBadUsage() {
        assertThat(Main.run("audit", "verify", "--audit-db", dir.resolve("nope.db").toString())).isEqualTo(2);
    }
}
